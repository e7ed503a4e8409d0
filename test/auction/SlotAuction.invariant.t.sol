// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ISlotAuctionTypes} from "../../contracts/auction/ISlotAuctionTypes.sol";
import {AuctionFixture} from "../utils/AuctionFixture.sol";
import {Test} from "forge-std/Test.sol";
import {BatonToken} from "../../contracts/token/BatonToken.sol";
import {ISlotAuctionFull} from "../../contracts/auction/ISlotAuctionViews.sol";
import {StakeVault} from "../../contracts/vault/StakeVault.sol";
import {IStakeVault} from "../../contracts/interfaces/IStakeVault.sol";

/// @dev `nb_sequencers.max` of the auction the invariant suite drives.
uint32 constant AUCTION_HANDLER_MAX_SEQUENCERS = 3;

/// @notice AuctionInvariantHandler: drives every entry point of a slot auction (and the vault's deposit/withdraw) in
/// random order over many epochs, keeping ghost totals for the invariants. Every action first checks, from the
/// contracts' views, whether its call is valid: a valid call must succeed (no try/catch: a revert fails the run), an
/// invalid one is either skipped or made on purpose and must fail with the expected custom error. `calls` counts
/// what executed, so the reach test can check every stage really ran.
contract AuctionInvariantHandler is Test {
    /// @notice The cap (`nb_sequencers.max`) of the auction under test: five actors compete for three places.
    uint256 public constant MAX_SEQUENCERS = AUCTION_HANDLER_MAX_SEQUENCERS;
    uint256 internal constant _MAX_ENTRIES = 1_000;

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
    /// @notice Executed calls per action (valid calls that succeeded, and invalid calls that failed as expected).
    mapping(bytes32 => uint256) public calls;
    /// @dev Whether `sequencer` holds a place in epoch `k` (has an entry there).
    mapping(uint64 => mapping(address => bool)) internal _placed;

    constructor(ISlotAuctionFull auction_, StakeVault vault_, BatonToken stake_, BatonToken reward_) {
        auction = auction_;
        vault = vault_;
        stake = stake_;
        reward = reward_;
        for (uint256 i; i < 5; ++i) actors[i] = address(uint160(0xA000 + i));
    }

    function actorCount() external pure returns (uint256) {
        return 5;
    }

    function advance(uint8 blocks) external {
        vm.roll(block.number + 1 + (blocks % 8));
        calls["advance"] += 1;
    }

    function deposit(uint8 who, uint96 amount) external {
        address a = actors[who % 5];
        uint256 amt = bound(amount, 1 ether, 100 ether);
        stake.mint(a, amt);
        vm.startPrank(a);
        stake.approve(address(vault), amt);
        vault.deposit(address(stake), amt);
        vm.stopPrank();
        calls["deposit"] += 1;
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
        IStakeVault.Balance memory b = vault.balanceOf(a, address(stake));
        if (b.pending == 0 || block.number < b.withdrawableAt) return;
        uint256 before = stake.balanceOf(a);
        vm.prank(a);
        vault.withdraw(address(stake));
        assertEq(stake.balanceOf(a) - before, b.pending, "withdraw pays the pending stake");
        calls["withdraw"] += 1;
    }

    /// @dev The epoch open for bids at this block, if any.
    function _biddingEpoch() internal view returns (bool open, uint64 k) {
        (k, open) = auction.epochAt(uint64(block.number));
    }

    /// @dev One bid of `amt` by `a` for sequencer `s` (its own when `delegate` is false), valid by construction
    /// except for the cap: a new sequencer in an epoch whose places are taken is refused with the typed error.
    function _placeBid(uint64 k, address a, address s, uint256 amt, bool delegate, bytes32 action) internal {
        ISlotAuctionTypes.EpochInfo memory info = auction.epochInfo(k);
        if (info.entries >= _MAX_ENTRIES) return;
        bool newcomer = !_placed[k][s];
        if (newcomer && info.distinctSequencers >= MAX_SEQUENCERS) {
            // The cap as it stands: first come, first served (MECHANISM §3.4a, by stake, is open).
            uint256 freeBefore = vault.freeOf(a, address(stake));
            vm.expectRevert(
                abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionTooManySequencers.selector, k, MAX_SEQUENCERS)
            );
            vm.prank(a);
            if (delegate) auction.bidFor(k, s, address(stake), amt, 10_000);
            else auction.bid(k, address(stake), amt);
            assertEq(vault.freeOf(a, address(stake)), freeBefore, "a refused bid locks nothing");
            calls["capRefused"] += 1;
            return;
        }
        vm.prank(a);
        uint256 entry = delegate ? auction.bidFor(k, s, address(stake), amt, 10_000) : auction.bid(k, address(stake), amt);
        assertEq(entry, info.entries, "entries append");
        _placed[k][s] = true;
        calls[action] += 1;
        if (k > maxEpoch) maxEpoch = k;
    }

    function bid(uint8 who, uint8 seq, uint96 amount, bool delegate) external {
        (bool open, uint64 k) = _biddingEpoch();
        if (!open) return;
        address a = actors[who % 5];
        uint256 free = vault.freeOf(a, address(stake));
        if (free < 1 ether) return;
        uint256 amt = bound(amount, 1 ether, free > 50 ether ? 50 ether : free);
        _placeBid(k, a, delegate ? actors[seq % 5] : a, amt, delegate, delegate ? bytes32("bidFor") : bytes32("bid"));
    }

    /// @notice The sybil of MECHANISM §3.2: actor `who` splits `amount` into `pieces` entries of its own.
    function splitBid(uint8 who, uint8 pieces, uint96 amount) external {
        (bool open, uint64 k) = _biddingEpoch();
        if (!open) return;
        address a = actors[who % 5];
        uint256 n = 2 + pieces % 7;
        uint256 free = vault.freeOf(a, address(stake));
        if (free < n * 1 ether) return;
        uint256 each = bound(amount, 1 ether, free / n > 10 ether ? 10 ether : free / n);
        for (uint256 i; i < n; ++i) {
            _placeBid(k, a, a, each, false, "splitBid");
        }
    }

    function seal() external {
        if (block.number < GENESIS_ + 1) return;
        uint64 k = (uint64(block.number) - GENESIS_) / D_;
        ISlotAuctionTypes.EpochInfo memory info = auction.epochInfo(k);
        if (info.status != ISlotAuctionTypes.EpochStatus.AwaitingSeal || block.number <= info.bidEnd) return;
        auction.seal(k);
        ISlotAuctionTypes.EpochStatus st = auction.epochStatusOf(k);
        assertTrue(st == ISlotAuctionTypes.EpochStatus.Elected || st == ISlotAuctionTypes.EpochStatus.Open);
        calls[st == ISlotAuctionTypes.EpochStatus.Elected ? bytes32("sealElected") : bytes32("sealOpen")] += 1;
        if (k > maxEpoch) maxEpoch = k;
    }

    /// @dev The epoch whose slots run at this block and the slot, if any.
    function _slotNow() internal view returns (bool running, uint64 k, uint256 t) {
        uint64 lead = GENESIS_ + BID_ + SEAL_;
        if (block.number < lead) return (false, 0, 0);
        k = (uint64(block.number) - lead) / D_;
        t = (uint64(block.number) - lead - k * D_) / SLOT_;
        running = t < E_;
    }

    function publish(uint8 who, uint16 hintSeed, bool wrongHint) external {
        (bool running, uint64 k, uint256 t) = _slotNow();
        if (!running) return;
        if (auction.publishedBitmap(k, 0) & (uint256(1) << t) != 0) {
            vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionSlotAlreadyPublished.selector, k, t));
            vm.prank(actors[who % 5]);
            auction.publishBatch(k, t, 0, bytes32(0));
            calls["publishTwiceRefused"] += 1;
            return;
        }
        ISlotAuctionTypes.EpochStatus st = auction.epochStatusOf(k);
        if (st == ISlotAuctionTypes.EpochStatus.Elected) {
            address s = auction.sequencerOf(k, t);
            uint256 entry = auction.entryOfSlot(k, t);
            uint256 n = auction.epochInfo(k).entries;
            uint256 hint = hintSeed % n;
            if (wrongHint && hint != entry) {
                (uint256 first, uint256 count) = auction.slotsOf(k, hint);
                uint256 item = _itemOfSlot(k, t);
                // Only a hint whose items do not include the slot's is wrong (another entry can never own it).
                if (item < first || item >= first + count) {
                    vm.expectRevert(
                        abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionWrongEntryHint.selector, k, t, hint)
                    );
                    vm.prank(s);
                    auction.publishBatch(k, t, hint, bytes32(0));
                    calls["publishWrongHintRefused"] += 1;
                    return;
                }
            }
            vm.prank(s);
            auction.publishBatch(k, t, entry, keccak256(abi.encode(k, t)));
            calls["publish"] += 1;
        } else {
            assertTrue(st == ISlotAuctionTypes.EpochStatus.Open, "slots run after the seal window");
            vm.prank(actors[who % 5]);
            auction.publishBatch(k, t, 0, keccak256(abi.encode(k, t)));
            calls["publishOpen"] += 1;
        }
    }

    /// @dev The item slot `t` holds, found from the slot order (slotOfItem is its inverse).
    function _itemOfSlot(uint64 k, uint256 t) internal view returns (uint256 item) {
        for (item = 0; item < E_; ++item) {
            if (auction.slotOfItem(k, item) == t) return item;
        }
        revert("no item for slot");
    }

    function settle(uint16 entrySeed, bool wrongCaller) external {
        uint64 lead = GENESIS_ + BID_ + SEAL_ + D_;
        if (block.number < lead) return;
        uint64 k = (uint64(block.number) - lead) / D_;
        if (uint64(block.number) - lead - k * D_ >= SETTLE_) return;
        if (auction.epochStatusOf(k) != ISlotAuctionTypes.EpochStatus.Elected) return;
        uint256 entry = entrySeed % auction.epochInfo(k).entries;
        (ISlotAuctionTypes.Entry memory en,,) = auction.entryOf(k, entry);
        if (wrongCaller && en.sequencer != actors[4]) {
            vm.expectRevert(
                abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNotEntrySequencer.selector, k, entry, actors[4])
            );
            vm.prank(actors[4]);
            auction.settle(k, entry);
            calls["settleWrongCallerRefused"] += 1;
            return;
        }
        if (en.settled) {
            vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionAlreadySettled.selector, k, entry));
            vm.prank(en.sequencer);
            auction.settle(k, entry);
            calls["settleTwiceRefused"] += 1;
            return;
        }
        (, uint256 count) = auction.slotsOf(k, entry);
        if (count == 0) {
            vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionEntryHasNoSlots.selector, k, entry));
            vm.prank(en.sequencer);
            auction.settle(k, entry);
            calls["settleNoSlotsRefused"] += 1;
            return;
        }
        (, uint256 amount) = auction.settlementStakeOf(k, entry);
        address staker = en.delegator == address(0) ? en.sequencer : en.delegator;
        // The settlement lock needs the staker's free stake (it may have requested its withdrawal meanwhile).
        if (vault.freeOf(staker, address(stake)) < amount) {
            vm.expectPartialRevert(IStakeVault.StakeVaultInsufficientFree.selector);
            vm.prank(en.sequencer);
            auction.settle(k, entry);
            calls["settleUnbackedRefused"] += 1;
            return;
        }
        vm.prank(en.sequencer);
        auction.settle(k, entry);
        calls["settle"] += 1;
        settleCount[k][entry] += 1;
        if (settleCount[k][entry] > 1) doubleSettles += 1;
    }

    function fund(uint96 amount) external {
        uint256 amt = bound(amount, 1, 50 ether);
        reward.mint(address(this), amt);
        reward.approve(address(auction), amt);
        auction.fundRewards(amt);
        funded += amt;
        calls["fund"] += 1;
    }

    function claim(uint8 who) external {
        address a = actors[who % 5];
        uint256 owed = auction.claimable(a);
        if (owed == 0) {
            vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNothingToClaim.selector, a));
            vm.prank(a);
            auction.claim();
            calls["claimNothingRefused"] += 1;
            return;
        }
        uint256 before = reward.balanceOf(a);
        vm.prank(a);
        assertEq(auction.claim(), owed);
        assertEq(reward.balanceOf(a) - before, owed, "claim pays what was owed");
        paid += owed;
        calls["claim"] += 1;
    }

    // The fixture's timeline (AuctionFixture), repeated here as the handler is not a fixture.
    uint64 internal constant GENESIS_ = 100;
    uint64 internal constant E_ = 8;
    uint64 internal constant SLOT_ = 2;
    uint64 internal constant BID_ = 6;
    uint64 internal constant SEAL_ = 4;
    uint64 internal constant SETTLE_ = 10;
    uint64 internal constant D_ = E_ * SLOT_;
}

/// Invariant runs fail on any revert (`invariant.failOnRevert` inline, the suite's default is off): the handler
/// makes only calls it checked to be valid, or invalid ones it expects to fail with their typed error.
/// Random sequences of bids, delegations, seals, publications, settlements, funding, claims, deposits and
/// withdrawals, with the auction authorised on the vault.
contract SlotAuctionInvariantTest is AuctionFixture {
    AuctionInvariantHandler internal handler;

    function setUp() public override {
        super.setUp();
        // At least 2 distinct sequencers elect (fewer: open mode), at most 3 hold places.
        auction = _deploy(_params(), 2, AUCTION_HANDLER_MAX_SEQUENCERS);
        handler = new AuctionInvariantHandler(auction, vault, stake, reward);
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
    /// bid, a delegation, seal, publications, settlements, funding, claims, withdrawals): each action executes at
    /// least `floor` times.
    function test_handlerSettlesClaimsAndWithdraws() public {
        for (uint8 i; i < 5; ++i) handler.deposit(i, 100 ether);
        handler.fund(40 ether);
        vm.roll(GENESIS);
        handler.bid(0, 0, 20 ether, false);
        handler.bid(1, 0, 10 ether, false);
        handler.bid(2, 0, 10 ether, true); // actor 2 delegates to actor 0
        handler.splitBid(3, 4, 2 ether); // actor 3 in 6 pieces: the third and last place
        handler.bid(4, 0, 50 ether, false); // actor 4 comes fourth: refused by the cap
        vm.roll(GENESIS + BID_WINDOW + 1);
        handler.seal();
        for (uint256 t; t < E; ++t) {
            vm.roll(_slotStart(0, t));
            handler.publish(0, 0, false);
        }
        vm.roll(_slotEnd(0));
        for (uint16 j; j < 9; ++j) handler.settle(j, false);
        for (uint8 i; i < 5; ++i) handler.claim(i);
        handler.requestWithdrawal(4, 50 ether);
        vm.roll(block.number + 200);
        handler.withdraw(4);
        bytes32[10] memory actions = [
            bytes32("bid"), "bidFor", "splitBid", "capRefused", "sealElected", "publish", "settle", "claim",
            "requestWithdrawal", "withdraw"
        ];
        uint256[10] memory floors = [uint256(2), 1, 6, 1, 1, uint256(E), 2, 2, 1, 1];
        for (uint256 i; i < actions.length; ++i) {
            assertGe(handler.calls(actions[i]), floors[i], string(abi.encodePacked(actions[i])));
        }
        invariant_vaultConservation();
        invariant_rewardsPaidNeverExceedFunded();
        invariant_noSlotRewardedTwice();
    }

    /// Driven by a fixed pseudo-random sequence of 1,500 calls, every handler action executes at least `floor`
    /// times (valid calls succeeding, invalid ones failing with their typed error): the random runs reach the seal,
    /// publications, settlements, claims and withdrawals, not a run of early returns.
    function test_everyHandlerActionIsReachedAboveItsFloor() public {
        for (uint256 i; i < 1_500; ++i) {
            uint256 r = uint256(keccak256(abi.encode("baton.auction.handler", i)));
            uint8 a = uint8(r >> 8);
            uint8 b = uint8(r >> 16);
            uint96 c = uint96(r >> 24);
            bool f = (r >> 120) & 1 == 1;
            uint256 which = r % 16;
            if (which == 0) handler.deposit(a, 20 ether + c % 80 ether);
            else if (which <= 4) handler.bid(a, b, c, f);
            else if (which == 5) handler.splitBid(a, b, c);
            else if (which <= 7) handler.publish(a, uint16(r >> 128), f);
            else if (which <= 9) handler.settle(uint16(r >> 128), f && (r >> 121) & 3 == 0);
            else if (which == 10) handler.claim(a);
            else if (which == 11) handler.fund(c);
            else if (which == 12 && (r >> 122) & 3 == 0) handler.requestWithdrawal(a, c);
            else if (which == 13) handler.withdraw(a);
            else handler.advance(a);
            // Sealing is permissionless and someone always has an interest in it: try after every call (the
            // handler returns early outside the seal window).
            handler.seal();
        }
        bytes32[14] memory actions = [
            bytes32("bid"),
            "bidFor",
            "splitBid",
            "capRefused",
            "sealElected",
            "publish",
            "publishOpen",
            "settle",
            "settleWrongCallerRefused",
            "claim",
            "claimNothingRefused",
            "requestWithdrawal",
            "withdraw",
            "fund"
        ];
        uint256[14] memory floors = [uint256(10), 10, 10, 5, 10, 20, 3, 10, 3, 5, 3, 5, 3, 10];
        for (uint256 i; i < actions.length; ++i) {
            emit log_named_uint(string(abi.encodePacked(actions[i])), handler.calls(actions[i]));
        }
        for (uint256 i; i < actions.length; ++i) {
            assertGe(handler.calls(actions[i]), floors[i], string(abi.encodePacked(actions[i])));
        }
        invariant_vaultConservation();
        invariant_rewardsPaidNeverExceedFunded();
        invariant_noSlotRewardedTwice();
    }

    /// Vault conservation: the vault holds exactly every actor's free + locked + pending stake.
    /// hardhat-config: invariant.failOnRevert = true
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
    /// hardhat-config: invariant.failOnRevert = true
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
    /// hardhat-config: invariant.failOnRevert = true
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
