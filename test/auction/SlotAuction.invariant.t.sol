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
    /// @notice Per-place quota of the auction under test: `min(maxEntries / cap, MAX_PLACE_ENTRIES)`.
    uint256 public constant QUOTA = 255;
    /// @notice The sybil of MECHANISM §3.4a: identities that split one stake into minimum bids against the cap.
    address[6] public sybils;

    /// @dev Ghost of an epoch's places (the model the contract's places must match): holder, total units, entries.
    struct Places {
        address[AUCTION_HANDLER_MAX_SEQUENCERS] holder;
        uint256[AUCTION_HANDLER_MAX_SEQUENCERS] total;
        uint256[AUCTION_HANDLER_MAX_SEQUENCERS] count;
        address staleSequencer;
        uint256 staleEntry;
    }

    mapping(uint64 => Places) internal _places;

    constructor(ISlotAuctionFull auction_, StakeVault vault_, BatonToken stake_, BatonToken reward_) {
        auction = auction_;
        vault = vault_;
        stake = stake_;
        reward = reward_;
        for (uint256 i; i < 5; ++i) actors[i] = address(uint160(0xA000 + i));
        for (uint256 i; i < 6; ++i) sybils[i] = address(uint160(0xB000 + i));
    }

    /// @notice Every staker the handler drives (actors, then sybils), for the vault conservation invariant.
    function stakerAt(uint256 i) external view returns (address) {
        return i < 5 ? actors[i] : sybils[i - 5];
    }

    /// @notice The ghost holder of `place` in epoch `k`.
    function holderOf(uint64 k, uint256 place) external view returns (address) {
        return _places[k].holder[place];
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
    /// except for the cap by stake (MECHANISM §3.4a): a newcomer takes a free place, or displaces the smallest total
    /// when its bid exceeds it (`SequencerDisplaced`), else it is refused naming the cut and locks nothing.
    function _placeBid(uint64 k, address a, address s, uint256 amt, bool delegate, bytes32 action) internal {
        Places storage pl = _places[k];
        uint256 units = amt / 1 ether;
        (bool held, uint256 p) = _placeOf(pl, s);
        if (held) {
            if (pl.count[p] >= QUOTA) return;
        } else {
            uint256 cut;
            (p, cut) = _freeOrSmallest(pl);
            if (cut != 0 && units <= cut) {
                uint256 freeBefore = vault.freeOf(a, address(stake));
                vm.expectRevert(abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionBidBelowCut.selector, k, units, cut));
                _call(k, a, s, amt, delegate);
                assertEq(vault.freeOf(a, address(stake)), freeBefore, "a refused bid locks nothing");
                calls["capRefused"] += 1;
                return;
            }
            if (cut != 0) {
                vm.expectEmit(address(auction));
                emit ISlotAuctionTypes.SequencerDisplaced(k, pl.holder[p], s, p, cut);
                if (pl.count[p] >= 2) {
                    pl.staleSequencer = pl.holder[p];
                    pl.staleEntry = p * QUOTA + pl.count[p] - 1;
                }
                calls["displaced"] += 1;
            }
            pl.holder[p] = s;
            pl.total[p] = 0;
            pl.count[p] = 0;
        }
        uint256 entry = _call(k, a, s, amt, delegate);
        assertEq(entry, p * QUOTA + pl.count[p], "the entry is the next of its place");
        pl.count[p] += 1;
        pl.total[p] += units;
        calls[action] += 1;
        if (k > maxEpoch) maxEpoch = k;
    }

    function _call(uint64 k, address a, address s, uint256 amt, bool delegate) internal returns (uint256) {
        vm.prank(a);
        return delegate ? auction.bidFor(k, s, address(stake), amt, 10_000) : auction.bid(k, address(stake), amt);
    }

    function _placeOf(Places storage pl, address s) internal view returns (bool, uint256) {
        for (uint256 p; p < MAX_SEQUENCERS; ++p) {
            if (pl.holder[p] == s) return (true, p);
        }
        return (false, 0);
    }

    /// @dev The first free place (cut 0), else the lowest place of the smallest total and that total.
    function _freeOrSmallest(Places storage pl) internal view returns (uint256 place, uint256 cut) {
        cut = type(uint256).max;
        for (uint256 p; p < MAX_SEQUENCERS; ++p) {
            if (pl.holder[p] == address(0)) return (p, 0);
            if (pl.total[p] < cut) (place, cut) = (p, pl.total[p]);
        }
    }

    /// @notice The sybil of MECHANISM §3.4a: one stake split into `pieces` minimum bids from as many identities, to
    /// fill the cap before anyone else; a larger honest bid must still displace the smallest of them.
    function sybilSplit(uint8 pieces, uint8 each) external {
        (bool open, uint64 k) = _biddingEpoch();
        if (!open) return;
        uint256 n = 1 + pieces % 6;
        uint256 amt = (1 + each % 3) * 1 ether;
        for (uint256 i; i < n; ++i) {
            address sy = sybils[i];
            if (vault.freeOf(sy, address(stake)) < amt) {
                stake.mint(sy, amt);
                vm.startPrank(sy);
                stake.approve(address(vault), amt);
                vault.deposit(address(stake), amt);
                vm.stopPrank();
            }
            _placeBid(k, sy, sy, amt, false, "sybilSplit");
        }
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
            (bool holds,) = _placeOf(_places[k], s);
            assertTrue(holds, "only a sequencer holding a place at the seal holds slots");
            uint256 entry = auction.entryOfSlot(k, t);
            (uint256 hint, bool any) = _heldEntry(k, hintSeed);
            if (!any) hint = entry;
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

    /// @dev `caller` settling entry `entry` of epoch `k` is refused with `revertData`; counts it under `counter`.
    function _expectSettleRefused(
        address caller,
        uint64 k,
        uint256 entry,
        bytes memory revertData,
        bytes32 counter
    ) internal {
        vm.expectRevert(revertData);
        vm.prank(caller);
        auction.settle(k, entry);
        calls[counter] += 1;
    }

    function settle(uint16 entrySeed, bool wrongCaller) external {
        uint64 lead = GENESIS_ + BID_ + SEAL_ + D_;
        if (block.number < lead) return;
        uint64 k = (uint64(block.number) - lead) / D_;
        if (uint64(block.number) - lead - k * D_ >= SETTLE_) return;
        if (auction.epochStatusOf(k) != ISlotAuctionTypes.EpochStatus.Elected) return;
        Places storage pl = _places[k];
        if (wrongCaller && pl.staleSequencer != address(0) && pl.count[pl.staleEntry / QUOTA] <= pl.staleEntry % QUOTA) {
            // A displaced sequencer's entry number that its place's new holder has not reused: refused, not held.
            _expectSettleRefused(
                pl.staleSequencer,
                k,
                pl.staleEntry,
                abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionEntryNotHeld.selector, k, pl.staleEntry),
                "settleDisplacedRefused"
            );
            return;
        }
        (uint256 entry, bool any) = _heldEntry(k, entrySeed);
        if (!any) return;
        (ISlotAuctionTypes.Entry memory en,,) = auction.entryOf(k, entry);
        if (wrongCaller && en.sequencer != actors[4]) {
            _expectSettleRefused(
                actors[4],
                k,
                entry,
                abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionNotEntrySequencer.selector, k, entry, actors[4]),
                "settleWrongCallerRefused"
            );
            return;
        }
        if (en.settled) {
            _expectSettleRefused(
                en.sequencer,
                k,
                entry,
                abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionAlreadySettled.selector, k, entry),
                "settleTwiceRefused"
            );
            return;
        }
        (, uint256 count) = auction.slotsOf(k, entry);
        if (count == 0) {
            _expectSettleRefused(
                en.sequencer,
                k,
                entry,
                abi.encodeWithSelector(ISlotAuctionTypes.SlotAuctionEntryHasNoSlots.selector, k, entry),
                "settleNoSlotsRefused"
            );
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

    /// @dev A held entry of epoch `k` picked by `seed` (a place with a holder, one of its entries).
    function _heldEntry(uint64 k, uint256 seed) internal view returns (uint256 entry, bool any) {
        Places storage pl = _places[k];
        for (uint256 j; j < MAX_SEQUENCERS; ++j) {
            uint256 p = (seed + j) % MAX_SEQUENCERS;
            if (pl.count[p] != 0) return (p * QUOTA + (seed >> 2) % pl.count[p], true);
        }
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
        handler.sybilSplit(2, 0); // three sybil identities take the three places with minimum bids
        handler.bid(0, 0, 20 ether, false); // displaces sybil 0
        handler.bid(1, 0, 10 ether, false); // displaces sybil 1
        handler.bid(1, 0, 5 ether, false); // actor 1's second entry: its place totals 15
        handler.bid(2, 0, 10 ether, true); // actor 2 delegates to actor 0 (30)
        handler.splitBid(3, 4, 2 ether); // actor 3 in 6 pieces: the first displaces sybil 2, the rest join it (12)
        handler.bid(4, 0, 50 ether, false); // actor 4 comes fourth: displaces the smallest, actor 3 (12, 6 entries)
        handler.sybilSplit(0, 0); // a sybil's minimum bid is not above the cut: refused naming it
        vm.roll(GENESIS + BID_WINDOW + 1);
        handler.seal();
        for (uint256 t; t < E; ++t) {
            vm.roll(_slotStart(0, t));
            handler.publish(0, 0, false);
        }
        vm.roll(_slotEnd(0));
        handler.settle(0, true); // actor 3's last entry number: displaced, not reused, refused
        for (uint16 j; j < 9; ++j) handler.settle(j, false);
        for (uint8 i; i < 5; ++i) handler.claim(i);
        handler.requestWithdrawal(4, 50 ether);
        vm.roll(block.number + 200);
        handler.withdraw(4);
        bytes32[13] memory actions = [
            bytes32("bid"), "bidFor", "splitBid", "sybilSplit", "displaced", "capRefused", "settleDisplacedRefused",
            "sealElected", "publish", "settle", "claim", "requestWithdrawal", "withdraw"
        ];
        uint256[13] memory floors = [uint256(4), 1, 6, 3, 4, 1, 1, 1, uint256(E), 2, 2, 1, 1];
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
            else if (which == 6 && f) handler.sybilSplit(a, b);
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
        bytes32[17] memory actions = [
            bytes32("bid"),
            "bidFor",
            "splitBid",
            "sybilSplit",
            "displaced",
            "settleDisplacedRefused",
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
        uint256[17] memory floors = [uint256(10), 10, 10, 5, 5, 1, 5, 10, 20, 3, 10, 3, 5, 3, 5, 3, 10];
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
        for (uint256 i; i < 11; ++i) {
            address a = handler.stakerAt(i);
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
