// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {ISlotAuctionTypes} from "./ISlotAuctionTypes.sol";
import {SlotAllocation} from "../libraries/SlotAllocation.sol";

/// @title SlotAuctionStorage
/// @notice Storage layout and shared read helpers of the slot auction, inherited by SlotAuction (writes) and by
/// SlotAuctionViews (the read extension it delegates to), so both read the same slots.
/// @dev Append-only layout: SlotAuction is cloned (EIP-1167) and never upgraded, but the two contracts must agree.
abstract contract SlotAuctionStorage is ISlotAuctionTypes {
    using SlotAllocation for SlotAllocation.Line;

    /// @notice Largest `slotsPerEpoch` (bounds the published bitmap to 4 words and the cycle walk).
    uint256 public constant MAX_SLOTS_PER_EPOCH = 1_024;
    /// @notice Largest `maxEntries` (the search reads at most 5 index words).
    uint256 public constant MAX_ENTRIES_PER_EPOCH = SlotAllocation.MAX_ENTRIES;
    /// @notice At most this many stake tokens.
    uint256 public constant MAX_TOKENS = 8;
    /// @notice Commission denominator.
    uint16 public constant BPS = 10_000;

    bytes32 internal constant _MECHANISM = keccak256("baton.slot-auction");
    uint8 internal constant _SEALED_ELECTED = 1;
    uint8 internal constant _SEALED_OPEN = 2;
    uint256 internal constant _SETTLED_BIT = 1 << 15;

    /// @dev Timeline and switches, one word.
    struct Timeline {
        uint64 genesis;
        uint16 e;
        uint32 slotLength;
        uint32 bidWindow;
        uint32 sealWindow;
        uint32 settlementWindow;
        uint32 settlementLock;
        bool paused;
        bool allowlist;
    }

    /// @dev Vault and bidder bounds, one word.
    struct Limits {
        address vault;
        uint32 maxEntries;
        uint32 minSequencers;
        uint32 maxSequencers;
    }

    /// @dev Per stake token, one word (index is position + 1; zero means not accepted).
    struct TokenInfo {
        uint8 index1;
        uint96 weight;
        uint128 minStake;
    }

    /// @dev Per account, one word: distinct-bidder marker, commission schedule, allowlist and eviction.
    struct Account {
        uint64 lastEpochPlusOne;
        uint16 prevBps;
        uint16 nextBps;
        uint64 nextFrom;
        bool allowlisted;
        bool evicted;
    }

    /// @dev Hot epoch state, one word (read by `sequencerOf`): seed (zero until elected), totals, top two bids.
    struct EpochState {
        uint96 seed;
        uint32 total;
        uint16 count;
        uint32 top1;
        uint32 top2;
        uint16 distinct;
        uint16 e;
    }

    /// @dev Epoch accounting, one word: economics snapshot (taken at the first bid), seal state, settlement totals.
    struct EpochBook {
        uint128 rewardPerSlot;
        uint32 minBid;
        uint8 sealState;
        uint16 settledEntries;
        uint16 rewardedSlots;
    }

    /// @dev Reward and reserve with the epoch from which `next` applies.
    struct Economics {
        uint128 prevReward;
        uint32 prevMinBid;
        uint64 nextFrom;
        uint128 nextReward;
        uint32 nextMinBid;
    }

    /// @dev Settlement of one entry: its slot count, settlement stake in units and token units, the stake token.
    struct Settlement {
        uint256 slots;
        uint256 units;
        uint256 amount;
        address token;
    }

    Timeline internal _timeline;
    Limits internal _limits;
    uint128 internal _stakeUnit;
    uint128 internal _maxRewardPerSlot;
    address internal _governance;
    uint64 internal _rollupId;
    address internal _rollupOwner;
    address internal _rewardToken;
    Economics internal _economics;
    address[] internal _tokenList;
    mapping(address token => TokenInfo) internal _tokenInfo;
    mapping(address account => Account) internal _accounts;
    mapping(uint64 epoch => EpochState) internal _epochs;
    mapping(uint64 epoch => EpochBook) internal _books;
    mapping(uint64 epoch => SlotAllocation.Line) internal _lines;
    mapping(uint64 epoch => mapping(uint256 entry => Entry)) internal _entries;
    mapping(uint64 epoch => mapping(uint256 word => uint256)) internal _published;
    /// @dev Per entry, 16 bits in a word shared by 16 entries: published slot count (bits 0-14) and settled (bit 15).
    /// The `published` and `settled` fields of the stored `Entry` are never written; `_loadEntry` fills them in.
    mapping(uint64 epoch => mapping(uint256 word => uint256)) internal _entryMarks;
    mapping(address account => uint256) internal _owed;
    uint256 internal _unallocated;
    uint256 internal _funded;



    /// @dev Entry `entry` with its published count and settled flag from the packed marks.
    function _loadEntry(uint64 epoch, uint256 entry) internal view returns (Entry memory en) {
        en = _entries[epoch][entry];
        uint256 lane = (_entryMarks[epoch][entry >> 4] >> ((entry & 15) << 4)) & 0xffff;
        en.published = uint16(lane & 0x7fff);
        en.settled = lane & _SETTLED_BIT != 0;
    }

    /// @dev Slots of the entry, settlement stake in units and tokens, and the stake token.
    function _settlement(uint64 epoch, EpochState memory es, EpochBook memory book, Entry memory em, uint256 entry)
        internal
        view
        returns (Settlement memory st)
    {
        (uint256 start, uint256 end) = _lines[epoch].boundsOf(entry);
        (, st.slots) = SlotAllocation.itemsOf(_offset(es), es.total, es.e, start, end);
        uint256 bidUnits = end - start;
        uint256 second = es.count == 1 ? book.minBid : es.top2;
        st.units = st.slots * second / es.e;
        st.token = _tokenList[em.tokenIndex];
        if (st.units >= bidUnits) {
            st.units = bidUnits;
            st.amount = em.amount;
        } else {
            uint256 weight = _tokenInfo[st.token].weight;
            st.amount = (st.units * _stakeUnit + weight - 1) / weight;
            if (st.amount > em.amount) st.amount = em.amount;
        }
    }



    function _entryOfSlot(uint64 epoch, EpochState memory es, uint256 slot) internal view returns (uint256) {
        if (slot >= es.e) revert SlotAuctionSlotOutOfRange(epoch, slot, es.e);
        uint256 item = SlotAllocation.permute(_key(es), es.e, slot);
        uint256 x = SlotAllocation.positionOf(_offset(es), es.total, es.e, item);
        return _lines[epoch].findEntry(es.count, x);
    }



    function _elected(uint64 epoch) internal view returns (EpochState memory es) {
        es = _epochs[epoch];
        if (es.seed == 0) revert SlotAuctionNotElected(epoch);
    }



    function _key(EpochState memory es) internal pure returns (bytes32) {
        return bytes32(uint256(es.seed));
    }



    function _offset(EpochState memory es) internal pure returns (uint256) {
        return SlotAllocation.offset(bytes32(uint256(es.seed)), es.total);
    }



    function _economicsFor(uint64 epoch) internal view returns (uint128, uint32) {
        if (_epochs[epoch].count != 0) {
            EpochBook memory book = _books[epoch];
            return (book.rewardPerSlot, book.minBid);
        }
        Economics memory ec = _economics;
        return epoch >= ec.nextFrom ? (ec.nextReward, ec.nextMinBid) : (ec.prevReward, ec.prevMinBid);
    }



    function _firstUnopenedEpoch(Timeline memory tl) internal view returns (uint64) {
        if (block.number < tl.genesis) return 0;
        return (uint64(block.number) - tl.genesis) / (uint64(tl.e) * tl.slotLength) + 1;
    }



    function _bidStart(Timeline memory tl, uint64 epoch) internal pure returns (uint64) {
        return tl.genesis + epoch * uint64(tl.e) * tl.slotLength;
    }



    function _bidEnd(Timeline memory tl, uint64 epoch) internal pure returns (uint64) {
        return _bidStart(tl, epoch) + tl.bidWindow;
    }



    function _slotStart(Timeline memory tl, uint64 epoch) internal pure returns (uint64) {
        return _bidStart(tl, epoch) + tl.bidWindow + tl.sealWindow;
    }

    /// @dev Status of `epoch` at the current block.
    function _statusOf(uint64 epoch) internal view returns (EpochStatus) {
        uint8 state = _books[epoch].sealState;
        if (state == _SEALED_ELECTED) return EpochStatus.Elected;
        if (state == _SEALED_OPEN) return EpochStatus.Open;
        Timeline memory tl = _timeline;
        uint64 bidStart = _bidStart(tl, epoch);
        if (block.number < bidStart) return EpochStatus.NotStarted;
        uint64 bidEnd = bidStart + tl.bidWindow;
        if (block.number < bidEnd) return EpochStatus.Bidding;
        if (block.number < bidEnd + tl.sealWindow) return EpochStatus.AwaitingSeal;
        return EpochStatus.Open;
    }

}
