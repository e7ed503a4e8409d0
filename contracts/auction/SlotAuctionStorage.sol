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
    uint256 internal constant _OWED_SENTINEL = 1;
    /// @dev Set in the stored `tokenIndex` byte of a delegated entry (token indices are below MAX_TOKENS = 8): a
    /// reader loads the entry's second word (delegator, commission) only when it is set.
    uint8 internal constant _DELEGATED_TAG = 0x80;

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

    /// @dev Vault, bidder bounds and the stake unit's short code, one word (`maxEntries` <= MAX_ENTRIES_PER_EPOCH
    /// fits 16 bits). `stakeUnitCode` is `mantissa << 6 | exponent` with `stakeUnit = mantissa · 10^exponent`
    /// and `mantissa < 2^10`, or zero when the unit has no such form: then only `_stakeUnit` holds it. A bid or a
    /// settlement reads this word anyway, so a unit like 10^18 costs no read of its own.
    struct Limits {
        address vault;
        uint16 maxEntries;
        uint32 minSequencers;
        uint32 maxSequencers;
        uint16 stakeUnitCode;
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
    /// @dev Reward owed per account, stored as `owed + _OWED_SENTINEL` once the account has been credited (zero
    /// before): a claim leaves the sentinel, so the next credit rewrites a nonzero word instead of a fresh one.
    /// Read it through `_owedOf`.
    mapping(address account => uint256) internal _owed;
    uint256 internal _unallocated;
    uint256 internal _funded;
    /// @dev Per token index: the token's address (bits 0-159) and weight (bits 160-255), written at initialisation,
    /// so a settlement reads both from one word (`_tokenList` and `_tokenInfo` keep them for the other readers).
    mapping(uint256 index => uint256) internal _tokenWords;



    /// @dev The stake unit, from the short code in `_limits` when there is one (see `Limits`).
    function _stakeUnitOf() internal view returns (uint256) {
        uint256 code = _limits.stakeUnitCode;
        if (code == 0) return _stakeUnit;
        // mantissa < 2^10 and 10^exponent <= the unit < 2^128: no overflow.
        unchecked {
            return (code >> 6) * 10 ** (code & 63);
        }
    }

    /// @dev Stake token number `index` and its weight, from one word.
    function _tokenAt(uint256 index) internal view returns (address token, uint256 weight) {
        uint256 word = _tokenWords[index];
        return (address(uint160(word)), word >> 160);
    }

    /// @dev Reward owed to `account` (the stored value less the sentinel, see `_owed`).
    function _owedOf(address account) internal view returns (uint256) {
        uint256 stored = _owed[account];
        // The stored value is zero or at least the sentinel.
        unchecked {
            return stored == 0 ? 0 : stored - _OWED_SENTINEL;
        }
    }

    /// @dev Entry `entry` with its published count and settled flag from the packed marks.
    function _loadEntry(uint64 epoch, uint256 entry) internal view returns (Entry memory en) {
        Entry storage stored = _entries[epoch][entry];
        uint256 word;
        // The first word of the `Entry` layout: sequencer (bits 0-159), amount (160-247), token index and tag.
        assembly ("memory-safe") {
            word := sload(stored.slot)
        }
        en.sequencer = address(uint160(word));
        en.amount = uint88(word >> 160);
        uint8 tag = uint8(word >> 248);
        en.tokenIndex = tag & ~_DELEGATED_TAG;
        // The second word is zero for an undelegated entry: skip its read.
        if (tag & _DELEGATED_TAG != 0) {
            en.delegator = stored.delegator;
            en.commissionBps = stored.commissionBps;
        }
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
        uint256 weight;
        (st.token, weight) = _tokenAt(em.tokenIndex);
        if (st.units >= bidUnits) {
            st.units = bidUnits;
            st.amount = em.amount;
        } else {
            st.amount = (st.units * _stakeUnitOf() + weight - 1) / weight;
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
