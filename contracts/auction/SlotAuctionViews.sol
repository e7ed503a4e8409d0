// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {IRollupModule} from "../interfaces/IRollupModule.sol";
import {ISlotAuctionViews} from "./ISlotAuctionViews.sol";
import {SlotAuctionStorage} from "./SlotAuctionStorage.sol";
import {ModuleArgs} from "../libraries/ModuleArgs.sol";
import {SlotAllocation} from "../libraries/SlotAllocation.sol";
import {SequencerPlaces} from "./SequencerPlaces.sol";

/// @title SlotAuctionViews
/// @notice Read extension of SlotAuction: SlotAuction's fallback delegatecalls here, so these functions read the
/// auction's (or its clone's) storage. Deployed once and passed to the SlotAuction implementation's constructor.
/// It has no state-changing function; called directly (not from a clone) its configuration reads revert.
contract SlotAuctionViews is SlotAuctionStorage, ISlotAuctionViews {
    using SlotAllocation for SlotAllocation.Line;

    /// @notice The `maxSequencers` of an auction without a sequencer cap (`nb_sequencers.max` "unlimited"): every
    /// bidder may hold slots. The only accepted value above MAX_CAPPED_SEQUENCERS (MECHANISM §3.4a). Declared here,
    /// not in the shared storage, to keep it out of the auction's own code; a clone answers it through the fallback.
    uint32 public constant NO_SEQUENCER_CAP = type(uint32).max;

    /// @notice The tail of a clone's immutable arguments for `init` and `params_`, validated (SlotAuction forwards
    /// its `cloneArgsTail` here and checks a clone's arguments against it in `initialize`). Pure: callable on the
    /// extension itself.
    /// @param init Registry-level settings.
    /// @param params_ The ABI-encoded `Params`.
    function cloneArgsTail(IRollupModule.ModuleInit calldata init, bytes calldata params_)
        external
        pure
        returns (bytes memory)
    {
        return _tail(init, params_);
    }

    /// @dev Validates `init` and the encoded parameters and packs the tail of the clone arguments (see `Config`).
    function _tail(IRollupModule.ModuleInit calldata init, bytes calldata params_) private pure returns (bytes memory tail) {
        Params memory p = abi.decode(params_, (Params));
        _check(1, uint160(init.vault), init.vault != address(0));
        _check(2, uint160(init.governance), init.governance != address(0));
        _check(3, p.slotsPerEpoch, p.slotsPerEpoch != 0 && p.slotsPerEpoch <= MAX_SLOTS_PER_EPOCH);
        _check(4, p.slotLength, p.slotLength != 0);
        _check(5, p.bidWindow, p.bidWindow != 0);
        // At least 2: sealing starts one block after bidding closes (see `seal`), before the first slot.
        _check(6, p.sealWindow, p.sealWindow >= 2);
        _check(
            16,
            uint256(p.bidWindow) + p.sealWindow,
            uint256(p.bidWindow) + p.sealWindow <= uint256(p.slotsPerEpoch) * p.slotLength
        );
        _check(7, p.settlementWindow, p.settlementWindow != 0);
        _check(8, p.stakeUnit, p.stakeUnit != 0);
        _check(9, p.maxEntries, p.maxEntries != 0 && p.maxEntries <= MAX_ENTRIES_PER_EPOCH);
        _check(10, uint160(p.rewardToken), p.rewardToken != address(0));
        _check(11, p.rewardPerSlot, p.rewardPerSlot <= p.maxRewardPerSlot);
        _check(17, p.maxRewardPerSlot, p.maxRewardPerSlot <= type(uint96).max);
        _check(12, p.minBid, p.minBid <= SlotAllocation.MAX_TOTAL);
        // A cap the places cannot enforce by stake would be enforced by arrival (first come, first served): refused,
        // before the floor below so that the error names the refused cap.
        uint32 cap = init.maxSequencers;
        _check(14, cap, (cap != 0 && cap <= MAX_CAPPED_SEQUENCERS) || cap == NO_SEQUENCER_CAP);
        _check(13, init.minSequencers, init.minSequencers <= cap);
        uint256 n = init.tokens.length;
        _check(15, n, n != 0 && n <= MAX_TOKENS);
        // Bounded by MAX_TOKENS; the duplicate scan makes at most 28 compares.
        for (uint256 i; i < n; ++i) {
            IRollupModule.StakeToken calldata t = init.tokens[i];
            bool duplicate;
            for (uint256 j; j < i; ++j) {
                if (init.tokens[j].token == t.token) duplicate = true;
            }
            if (t.token == address(0) || t.weight == 0 || duplicate) revert SlotAuctionInvalidToken(i, t.token);
        }
        tail = bytes.concat(
            abi.encodePacked(init.vault, init.governance, init.rollupOwner, init.rollupId),
            abi.encodePacked(
                p.genesisBlock,
                p.slotsPerEpoch,
                p.slotLength,
                p.bidWindow,
                p.sealWindow,
                p.settlementWindow,
                p.settlementLock,
                p.stakeUnit,
                uint16(p.maxEntries),
                p.rewardToken,
                p.maxRewardPerSlot,
                p.allowlistEnabled
            )
        );
    }

    function _check(uint256 field, uint256 value, bool ok) private pure {
        if (!ok) revert SlotAuctionInvalidParameter(field, value);
    }

    /// @inheritdoc ISlotAuctionViews
    function heldEntriesIn(uint64 epoch) external view returns (uint256 held) {
        EpochState memory es = _epochs[epoch];
        uint256 cap = _config().maxSequencers;
        if (cap > MAX_CAPPED_SEQUENCERS) return es.count;
        // Bounded by MAX_CAPPED_SEQUENCERS places.
        for (uint256 p; p < cap; ++p) {
            held += _placeEntries(es, p);
        }
    }

    /// @inheritdoc ISlotAuctionViews
    function entryOfSlot(uint64 epoch, uint256 slot) external view returns (uint256) {
        EpochState memory es = _elected(epoch);
        return _entryOfSlot(epoch, es, slot);
    }

    /// @inheritdoc ISlotAuctionViews
    function slotsOf(uint64 epoch, uint256 entry) external view returns (uint256 firstItem, uint256 count) {
        EpochState memory es = _elected(epoch);
        if (entry >= es.count) revert SlotAuctionEntryOutOfRange(epoch, entry, es.count);
        (uint256 start, uint256 end) = _boundsOf(_config().maxSequencers, epoch, es, entry);
        return SlotAllocation.itemsOf(_key(es), es.total, es.e, start, end);
    }

    /// @inheritdoc ISlotAuctionViews
    function slotOfItem(uint64 epoch, uint256 item) external view returns (uint256) {
        EpochState memory es = _elected(epoch);
        if (item >= es.e) revert SlotAuctionSlotOutOfRange(epoch, item, es.e);
        return SlotAllocation.slotOfItem(_key(es), es.e, item);
    }

    /// @inheritdoc ISlotAuctionViews
    function settlementStakeOf(uint64 epoch, uint256 entry) external view returns (uint256 units, uint256 amount) {
        EpochState memory es = _elected(epoch);
        if (entry >= es.count) revert SlotAuctionEntryOutOfRange(epoch, entry, es.count);
        Settlement memory st = _settlement(_config(), epoch, es, _books[epoch], _loadEntry(epoch, entry), entry);
        return (st.units, st.amount);
    }

    /// @inheritdoc ISlotAuctionViews
    function entryBoundsOf(uint64 epoch, uint256 entry) external view returns (uint256 start, uint256 end) {
        EpochState memory es = _epochs[epoch];
        if (entry >= es.count) revert SlotAuctionEntryOutOfRange(epoch, entry, es.count);
        return _boundsOf(_config().maxSequencers, epoch, es, entry);
    }

    /// @inheritdoc ISlotAuctionViews
    function placeBid(PlaceBid calldata b)
        external
        pure
        returns (uint256 extra, uint256 place, uint256 index, uint256 displaced)
    {
        uint256 lanes = uint96(b.extra);
        place = b.place;
        if (b.placed) {
            index = _placeEntries(EpochState(0, 0, 0, 0, uint128(b.extra)), place);
            if (index >= b.quota) revert SlotAuctionPlaceEntriesFull(b.epoch, b.sequencer, b.quota);
            lanes = SequencerPlaces.add(lanes, b.cap, place, b.units);
        } else {
            uint256 cut;
            (lanes, place, displaced, cut) = SequencerPlaces.tryAdmit(lanes, b.cap, b.units);
            if (place == SequencerPlaces.MAX_PLACES) revert SlotAuctionBidBelowCut(b.epoch, b.units, cut);
            // With a cap of 1 the displaced total is the second price, kept in the free lane 1 (displaced totals
            // only grow: each displacement needs a larger bid than the occupant's total).
            if (displaced != 0 && b.cap == 1) lanes = (lanes & SequencerPlaces.MAX_LANE) | (displaced << 24);
        }
        // The place's entry count, lane `place` (8 bits) of bits 96-127; index + 1 <= quota <= MAX_PLACE_ENTRIES.
        uint256 shift = 96 + 8 * place;
        extra = lanes | ((b.extra >> 96) << 96 & ~(uint256(0xff) << shift)) | ((index + 1) << shift);
    }

    /// @inheritdoc ISlotAuctionViews
    function placeLineOf(uint64 epoch)
        external
        view
        returns (uint256 top1, uint256 top2, uint256 distinct, uint256 topEntry, uint256 extra)
    {
        EpochState memory es = _epochs[epoch];
        uint256 cap = _config().maxSequencers;
        if (cap > MAX_CAPPED_SEQUENCERS) revert SlotAuctionNotCapped(epoch, cap);
        if (es.seed != 0) revert SlotAuctionAlreadySealed(epoch);
        BidStats memory st = _cappedStats(cap, es);
        // The place totals become the place line's cumulative ends (lane 1's displaced total of a cap of 1 is
        // masked off); the entry counts stay in bits 96-127.
        uint256 held = es.extra & ((uint256(1) << (24 * cap)) - 1);
        extra = SequencerPlaces.prefixSums(held, cap) | ((uint256(es.extra) >> 96) << 96);
        return (st.top1, st.top2, st.distinct, st.topEntry, extra);
    }

    /// @inheritdoc ISlotAuctionViews
    function placeHolderOf(uint64 epoch, uint256 slot) external view returns (address) {
        EpochState memory es = _elected(epoch);
        uint256 cap = _config().maxSequencers;
        if (cap > MAX_CAPPED_SEQUENCERS) revert SlotAuctionNotCapped(epoch, cap);
        if (slot >= es.e) revert SlotAuctionSlotOutOfRange(epoch, slot, es.e);
        uint256 item = SlotAllocation.permute(_key(es), es.e, slot);
        uint256 x = SlotAllocation.positionOf(_key(es), es.total, es.e, item);
        (uint256 place,) = SequencerPlaces.placeAt(uint96(es.extra), cap, x);
        return _entries[epoch][place * (es.count / cap)].sequencer;
    }

    /// @inheritdoc ISlotAuctionViews
    function entryOf(uint64 epoch, uint256 entry) external view returns (Entry memory en, uint256 start, uint256 end) {
        uint256 count = _epochs[epoch].count;
        if (entry >= count) revert SlotAuctionEntryOutOfRange(epoch, entry, count);
        en = _loadEntry(epoch, entry);
        (start, end) = _boundsOf(_config().maxSequencers, epoch, _epochs[epoch], entry);
    }

    /// @inheritdoc ISlotAuctionViews
    function epochInfo(uint64 epoch) external view returns (EpochInfo memory info) {
        Config memory tl = _config();
        EpochState memory es = _epochs[epoch];
        EpochBook memory book = _books[epoch];
        (uint128 reward, uint32 minBid) = _economicsFor(epoch);
        info.status = _statusOf(epoch);
        info.seed = es.seed;
        info.totalUnits = es.total;
        info.entries = es.count;
        BidStats memory stats = _bidStats(tl.maxSequencers, es, book);
        info.distinctSequencers = stats.distinct;
        info.topBid = stats.top1;
        info.secondBid = stats.top2;
        // The top sequencer's price: the highest total of another sequencer, never below the reserve.
        info.secondPrice = stats.top2 < minBid ? minBid : stats.top2;
        info.rewardPerSlot = reward;
        info.settledEntries = book.settledEntries;
        info.rewardedSlots = book.rewardedSlots;
        info.bidStart = _bidStart(tl, epoch);
        info.bidEnd = info.bidStart + tl.bidWindow;
        info.sealEnd = info.bidEnd + tl.sealWindow;
        info.slotStart = _slotStart(tl, epoch);
        info.slotEnd = info.slotStart + uint64(tl.e) * tl.slotLength;
        info.settlementEnd = info.slotEnd + tl.settlementWindow;
        info.settlementLockUntil = info.settlementEnd + tl.settlementLock;
    }

    /// @inheritdoc ISlotAuctionViews
    function epochStatusOf(uint64 epoch) external view returns (EpochStatus) {
        return _statusOf(epoch);
    }

    /// @inheritdoc ISlotAuctionViews
    function publishedBitmap(uint64 epoch, uint256 word) external view returns (uint256) {
        return _published[epoch][word];
    }

    /// @inheritdoc ISlotAuctionViews
    function epochAt(uint64 blockNumber) external view returns (uint64 epoch, bool biddingOpen) {
        Config memory tl = _config();
        if (blockNumber < tl.genesis) return (0, false);
        uint64 d = uint64(tl.e) * tl.slotLength;
        epoch = (blockNumber - tl.genesis) / d;
        biddingOpen = blockNumber < _bidStart(tl, epoch) + tl.bidWindow;
    }

    /// @inheritdoc ISlotAuctionViews
    function settlementPriceOf(uint64 epoch, address sequencer) external view returns (uint256) {
        _elected(epoch);
        return _priceOf(epoch, _books[epoch], sequencer);
    }

    /// @inheritdoc ISlotAuctionViews
    function delegationOpen(address sequencer) external view returns (bool) {
        return _accounts[sequencer].delegationOpen;
    }

    /// @inheritdoc ISlotAuctionViews
    function commissionOf(address sequencer, uint64 epoch) public view returns (uint16) {
        Account memory acc = _accounts[sequencer];
        return epoch >= acc.nextFrom ? acc.nextBps : acc.prevBps;
    }

    /// @inheritdoc ISlotAuctionViews
    function claimable(address account) external view returns (uint256) {
        return _owedOf(account);
    }

    /// @inheritdoc ISlotAuctionViews
    function rewardPool() external view returns (uint256 unallocated, uint256 funded) {
        return (_pool.unallocated, _funded);
    }

    /// @inheritdoc ISlotAuctionViews
    function params() external view returns (Params memory p) {
        Config memory tl = _config();
        p.genesisBlock = tl.genesis;
        p.slotsPerEpoch = tl.e;
        p.slotLength = tl.slotLength;
        p.bidWindow = tl.bidWindow;
        p.sealWindow = tl.sealWindow;
        p.settlementWindow = tl.settlementWindow;
        p.settlementLock = tl.settlementLock;
        p.stakeUnit = tl.stakeUnit;
        p.maxEntries = tl.maxEntries;
        p.rewardToken = tl.rewardToken;
        p.maxRewardPerSlot = tl.maxRewardPerSlot;
        p.allowlistEnabled = tl.allowlist;
        // The latest values: the pending ones when a change is scheduled, else the current ones.
        Economics memory ec = _economics;
        bool pending = ec.nextFrom != type(uint64).max;
        p.rewardPerSlot = pending ? ec.nextReward : ec.prevReward;
        p.minBid = pending ? ec.nextMinBid : ec.prevMinBid;
    }

    /// @inheritdoc ISlotAuctionViews
    function economicsFor(uint64 epoch) external view returns (uint128 rewardPerSlot, uint32 minBid) {
        return _economicsFor(epoch);
    }

    /// @inheritdoc ISlotAuctionViews
    function stakeTokens() external view returns (IRollupModule.StakeToken[] memory list) {
        return ModuleArgs.tokens(_config().args);
    }

    /// @inheritdoc ISlotAuctionViews
    function isAllowlisted(address account) external view returns (bool) {
        return _accounts[account].allowlisted;
    }

    /// @inheritdoc ISlotAuctionViews
    function vault() external view returns (address) {
        return _config().vault;
    }

    /// @inheritdoc ISlotAuctionViews
    function governance() external view returns (address) {
        return _config().governance;
    }

    /// @inheritdoc ISlotAuctionViews
    function rollupOwner() external view returns (address) {
        return _rollupOwnerOf(_config());
    }
}
