// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ISlotAuctionTypes} from "../../contracts/auction/ISlotAuctionTypes.sol";
import {AuctionFixture} from "../utils/AuctionFixture.sol";
import {Test} from "forge-std/Test.sol";
import {BatonToken} from "../../contracts/token/BatonToken.sol";
import {ISlotAuctionFull} from "../../contracts/auction/ISlotAuctionViews.sol";
import {StakeVault} from "../../contracts/vault/StakeVault.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";

/// @notice AuctionInvariantHandler: Drives every entry point of a slot auction (and the vault's deposit/withdraw) in random order over many
/// epochs, keeping ghost totals for the invariants.
contract AuctionInvariantHandler is Test {
    uint64 internal immutable genesis;
    uint64 internal immutable d;
    uint64 internal immutable bidWindow;
    uint64 internal immutable sealWindow;
    uint64 internal immutable slotLength;
    uint64 internal immutable settleWindow;

    ISlotAuctionFull public auction;
    StakeVault public vault;
    BatonToken public stake;
    BatonToken public reward;
    address[5] public actors;

    uint256 public paid;
    uint256 public funded;
    uint64 public maxEpoch;
    mapping(uint64 => mapping(uint256 => uint256)) public settleCount;
    uint256 public doubleSettles;
    /// @notice Successful calls per action: a run whose actions all revert quietly would prove nothing.
    mapping(bytes32 => uint256) public calls;

    constructor(
        ISlotAuctionFull auction_,
        StakeVault vault_,
        BatonToken stake_,
        BatonToken reward_,
        uint64[6] memory timeline // genesis, epoch length, bid window, seal window, slot length, settle window
    ) {
        auction = auction_;
        vault = vault_;
        stake = stake_;
        reward = reward_;
        genesis = timeline[0];
        d = timeline[1];
        bidWindow = timeline[2];
        sealWindow = timeline[3];
        slotLength = timeline[4];
        settleWindow = timeline[5];
        for (uint256 i; i < 5; ++i) actors[i] = address(uint160(0xA000 + i));
    }

    function actorCount() external pure returns (uint256) {
        return 5;
    }

    function advance(uint8 blocks) external {
        vm.roll(block.number + 1 + (blocks % 8));
    }

    function deposit(uint8 who, uint96 amount) external {
        address a = actors[who % 5];
        uint256 amt = bound(amount, 1 ether, 100 ether);
        stake.mint(a, amt);
        vm.startPrank(a);
        stake.approve(address(vault), amt);
        vault.deposit(address(stake), amt);
        vm.stopPrank();
    }

    function requestWithdrawal(uint8 who, uint96 amount) external {
        address a = actors[who % 5];
        uint256 free = vault.freeOf(a, address(stake));
        if (free == 0) return;
        vm.prank(a);
        vault.requestWithdrawal(address(stake), bound(amount, 1, free));
        calls["requestWithdrawal"] += 1;
    }

    function withdraw(uint8 who) external {
        address a = actors[who % 5];
        vm.prank(a);
        try vault.withdraw(address(stake)) {
            calls["withdraw"] += 1;
        } catch {}
    }

    function bid(uint8 who, uint8 seq, uint96 amount, bool delegate) external {
        if (block.number < genesis) return;
        uint64 k = (uint64(block.number) - genesis) / d;
        if (block.number >= genesis + k * d + bidWindow) return;
        address a = actors[who % 5];
        uint256 free = vault.freeOf(a, address(stake));
        if (free < 1 ether) return;
        uint256 amt = bound(amount, 1 ether, free > 50 ether ? 50 ether : free);
        vm.prank(a);
        if (delegate) {
            try auction.bidFor(k, actors[seq % 4], address(stake), amt, 10_000) {
                calls["bidFor"] += 1;
            } catch {}
        } else {
            try auction.bid(k, address(stake), amt) {
                calls["bid"] += 1;
            } catch {}
        }
        if (k > maxEpoch) maxEpoch = k;
    }

    /// @notice The sybil of MECHANISM §3.2: actor `who` splits `amount` into `pieces` entries of its own.
    function splitBid(uint8 who, uint8 pieces, uint96 amount) external {
        if (block.number < genesis) return;
        uint64 k = (uint64(block.number) - genesis) / d;
        if (block.number >= genesis + k * d + bidWindow) return;
        address a = actors[who % 5];
        uint256 n = 2 + pieces % 7;
        uint256 free = vault.freeOf(a, address(stake));
        if (free < n * 1 ether) return;
        uint256 each = bound(amount, 1 ether, free / n > 10 ether ? 10 ether : free / n);
        for (uint256 i; i < n; ++i) {
            vm.prank(a);
            try auction.bid(k, address(stake), each) {
                calls["splitBid"] += 1;
            } catch {}
        }
        if (k > maxEpoch) maxEpoch = k;
    }

    function seal() external {
        if (block.number < genesis + bidWindow) return;
        uint64 k = (uint64(block.number) - genesis - bidWindow) / d;
        try auction.seal(k) {
            calls["seal"] += 1;
        } catch {}
    }

    function publish(uint8 who) external {
        if (block.number < genesis + bidWindow + sealWindow) return;
        uint64 k = (uint64(block.number) - genesis - bidWindow - sealWindow) / d;
        uint256 t = (uint64(block.number) - genesis - bidWindow - sealWindow - k * d) / slotLength;
        ISlotAuctionTypes.EpochStatus st = auction.epochStatusOf(k);
        if (st == ISlotAuctionTypes.EpochStatus.Elected) {
            address s = auction.sequencerOf(k, t);
            uint256 entry = auction.entryOfSlot(k, t);
            vm.prank(s);
            try auction.publishBatch(k, t, entry, keccak256(abi.encode(k, t))) {
                calls["publish"] += 1;
            } catch {}
        } else {
            vm.prank(actors[who % 5]);
            try auction.publishBatch(k, t, 0, keccak256(abi.encode(k, t))) {
                calls["publishOpen"] += 1;
            } catch {}
        }
    }

    function settle(uint16 entrySeed, bool wrongCaller) external {
        uint64 lead = bidWindow + sealWindow + d;
        if (block.number < genesis + lead) return;
        uint64 k = (uint64(block.number) - genesis - lead) / d;
        if (auction.epochStatusOf(k) != ISlotAuctionTypes.EpochStatus.Elected) return;
        uint256 n = auction.epochInfo(k).entries;
        uint256 entry = entrySeed % n;
        (ISlotAuctionTypes.Entry memory en,,) = auction.entryOf(k, entry);
        vm.prank(wrongCaller ? actors[4] : en.sequencer);
        try auction.settle(k, entry) {
            calls["settle"] += 1;
            settleCount[k][entry] += 1;
            if (settleCount[k][entry] > 1) doubleSettles += 1;
        } catch {}
    }

    function fund(uint96 amount) external {
        uint256 amt = bound(amount, 1, 50 ether);
        reward.mint(address(this), amt);
        reward.approve(address(auction), amt);
        auction.fundRewards(amt);
        funded += amt;
    }

    function claim(uint8 who) external {
        address a = actors[who % 5];
        uint256 before = reward.balanceOf(a);
        vm.prank(a);
        try auction.claim() {
            calls["claim"] += 1;
            paid += reward.balanceOf(a) - before;
        } catch {}
    }
}

/// Random sequences of bids, delegations, seals, publications, settlements, funding, claims, deposits and
/// withdrawals, with the auction authorised on the vault.
contract SlotAuctionInvariantTest is AuctionFixture {
    AuctionInvariantHandler internal handler;

    function setUp() public override {
        super.setUp();
        handler = new AuctionInvariantHandler(
            auction, vault, stake, reward, [GENESIS, D, uint64(BID_WINDOW), uint64(SEAL_WINDOW), uint64(SLOT_LEN), uint64(SETTLE_WINDOW)]
        );
        stake.transferOwnership(address(handler));
        vm.prank(address(handler));
        stake.acceptOwnership();
        reward.transferOwnership(address(handler));
        vm.prank(address(handler));
        reward.acceptOwnership();
        for (uint256 i; i < 5; ++i) _openDelegation(handler.actors(i));
        vm.roll(GENESIS);
        targetContract(address(handler));
    }

    /// The handler reaches every stage on a plain sequence through its own entry points (bids, a sybil's split
    /// bid, a delegation, seal, publications, settlements, funding, claims, withdrawals): each action succeeds at
    /// least `floor` times, so the random runs are not a run of quiet reverts.
    function test_handlerSettlesClaimsAndWithdraws() public {
        for (uint8 i; i < 5; ++i) handler.deposit(i, 100 ether);
        handler.fund(40 ether);
        vm.roll(GENESIS);
        handler.bid(0, 0, 20 ether, false);
        handler.bid(1, 0, 10 ether, false);
        handler.bid(2, 0, 10 ether, true); // actor 2 delegates to actor 0
        handler.splitBid(3, 4, 2 ether); // actor 3 in 6 pieces
        vm.roll(GENESIS + BID_WINDOW + 1);
        handler.seal();
        for (uint256 t; t < E; ++t) {
            vm.roll(_slotStart(0, t));
            handler.publish(0);
        }
        vm.roll(_slotEnd(0));
        for (uint16 j; j < 9; ++j) handler.settle(j, false);
        for (uint8 i; i < 5; ++i) handler.claim(i);
        handler.requestWithdrawal(4, 50 ether);
        vm.roll(block.number + 200);
        handler.withdraw(4);
        bytes32[10] memory actions =
            [bytes32("bid"), "bidFor", "splitBid", "seal", "publish", "settle", "claim", "requestWithdrawal", "withdraw", "bid"];
        uint256[10] memory floors = [uint256(2), 1, 6, 1, uint256(E), 2, 2, 1, 1, 2];
        for (uint256 i; i < actions.length; ++i) {
            assertGe(handler.calls(actions[i]), floors[i], string(abi.encodePacked(actions[i])));
        }
        invariant_vaultConservation();
        invariant_rewardsPaidNeverExceedFunded();
        invariant_noSlotRewardedTwice();
    }

    /// Vault conservation: the vault holds exactly every actor's free + locked + pending stake.
    function invariant_vaultConservation() public view {
        uint256 sum;
        for (uint256 i; i < 5; ++i) {
            address a = handler.actors(i);
            IStakeVault.Balance memory b = vault.balanceOf(a, address(stake));
            sum += b.free + b.locked + b.pending;
        }
        assertEq(stake.balanceOf(address(vault)), sum);
    }

    /// Rewards: paid never exceeds funded, and the auction holds the unallocated pool plus every unclaimed credit.
    function invariant_rewardsPaidNeverExceedFunded() public view {
        (uint256 unallocated, uint256 fundedTotal) = auction.rewardPool();
        assertEq(fundedTotal, handler.funded());
        assertLe(handler.paid(), fundedTotal);
        uint256 owed;
        for (uint256 i; i < 5; ++i) owed += auction.claimable(handler.actors(i));
        assertEq(reward.balanceOf(address(auction)), unallocated + owed);
        assertEq(handler.paid() + unallocated + owed, fundedTotal);
    }

    /// No slot is rewarded twice: no entry settles twice, and an epoch's rewarded slots never exceed its published
    /// slots.
    function invariant_noSlotRewardedTwice() public view {
        assertEq(handler.doubleSettles(), 0);
        for (uint64 k; k <= handler.maxEpoch(); ++k) {
            ISlotAuctionTypes.EpochInfo memory info = auction.epochInfo(k);
            uint256 published;
            for (uint256 w; w < 1; ++w) {
                uint256 bits = auction.publishedBitmap(k, w);
                while (bits != 0) {
                    bits &= bits - 1;
                    ++published;
                }
            }
            assertLe(info.rewardedSlots, published);
        }
    }
}
