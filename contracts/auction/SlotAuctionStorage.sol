// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

import {Clones} from "@openzeppelin/contracts/proxy/Clones.sol";
import {ISlotAuctionTypes} from "./ISlotAuctionTypes.sol";
import {ModuleArgs} from "../libraries/ModuleArgs.sol";
import {SlotAllocation} from "../libraries/SlotAllocation.sol";
import {SequencerPlaces} from "./SequencerPlaces.sol";

/// @title SlotAuctionStorage
/// @notice Storage layout and shared read helpers of the slot auction, inherited by SlotAuction (writes) and by
/// SlotAuctionViews (the read extension it delegates to), so both read the same slots.
/// @dev Append-only layout: SlotAuction is cloned (EIP-1167) and never upgraded, but the two contracts must agree.
abstract contract SlotAuctionStorage is ISlotAuctionTypes {
    using SlotAllocation for SlotAllocation.Line;

    /// @notice Largest `slotsPerEpoch` (bounds the published bitmap to 4 words and the cycle walk).
    uint256 public constant MAX_SLOTS_PER_EPOCH = 1_024;
    /// @notice Largest `maxEntries` (the index then keeps at most 5 level-4 values, see SlotAllocation).
    uint256 public constant MAX_ENTRIES_PER_EPOCH = SlotAllocation.MAX_ENTRIES;
    /// @notice At most this many stake tokens.
    uint256 public constant MAX_TOKENS = 8;
    /// @notice Largest `nb_sequencers.max` enforced by stake (MECHANISM §3.4a): the places and their entry counts
    /// then ride in the epoch word (see `EpochState`). The only larger `maxSequencers` accepted is "no cap"
    /// (`SlotAuctionViews.NO_SEQUENCER_CAP`): a cap the places cannot hold would be enforced by arrival.
    uint256 public constant MAX_CAPPED_SEQUENCERS = 4;
    /// @notice Largest number of entries (own and delegated) of one place in a capped epoch.
    uint256 public constant MAX_PLACE_ENTRIES = 255;
    /// @notice Commission denominator.
    uint16 public constant BPS = 10_000;

    /// @dev Bytes of the slot auction's tail in the clone arguments (see `Config`).
    uint256 internal constant _TAIL_BYTES = 153;

    bytes32 internal constant _MECHANISM = keccak256("baton.slot-auction");
    uint8 internal constant _SEALED_ELECTED = 1;
    uint8 internal constant _SEALED_OPEN = 2;
    uint256 internal constant _SETTLED_BIT = 1 << 15;
    uint256 internal constant _OWED_SENTINEL = 1;
    /// @dev Set in the stored `tokenIndex` byte of a delegated entry (token indices are below MAX_TOKENS = 8): a
    /// reader loads the entry's second word (delegator, commission) only when it is set.
    uint8 internal constant _DELEGATED_TAG = 0x80;

    /// @dev Everything fixed at registration, read from the clone's immutable arguments (`_config`), never from
    /// storage: a bid, a seal or a settlement pays no cold read for it. Tail layout after the `ModuleArgs` header
    /// and tokens (big-endian, byte offsets): vault 0 (20), governance 20 (20), rollupOwner 40 (20), rollupId 60
    /// (8), genesis 68 (8), e 76 (2), slotLength 78 (4), bidWindow 82 (4), sealWindow 86 (4), settlementWindow 90
    /// (4), settlementLock 94 (4), stakeUnit 98 (16), maxEntries 114 (2), rewardToken 116 (20), maxRewardPerSlot
    /// 136 (16), allowlist 152 (1).
    struct Config {
        uint64 genesis;
        uint16 e;
        uint32 slotLength;
        uint32 bidWindow;
        uint32 sealWindow;
        uint32 settlementWindow;
        uint32 settlementLock;
        bool allowlist;
        address vault;
        address governance;
        address rollupOwner;
        uint64 rollupId;
        uint32 minSequencers;
        uint32 maxSequencers;
        uint16 maxEntries;
        uint128 stakeUnit;
        address rewardToken;
        uint128 maxRewardPerSlot;
        bytes args;
    }

    /// @dev Per account, one word: distinct-bidder marker, commission schedule, allowlist and eviction, delegation
    /// opt-in, and the sequencer's running total in the epoch of its marker (`epochUnits`: own and delegated entries,
    /// one party for the second price) with its first entry there (`firstEntry`, which names it in the top-two
    /// statistics). Only one epoch takes bids at a time, so one running total per account suffices. In a capped
    /// epoch `firstEntry` is the sequencer's place instead (and `epochUnits` is unused: the total is the place's).
    struct Account {
        uint64 lastEpochPlusOne;
        uint16 prevBps;
        uint16 nextBps;
        uint64 nextFrom;
        bool allowlisted;
        bool evicted;
        bool delegationOpen;
        uint24 epochUnits;
        uint16 firstEntry;
    }

    /// @dev Hot epoch state, one word: seed (zero until elected), total units, entries, slots, and `extra`.
    /// Uncapped (`maxSequencers` is NO_SEQUENCER_CAP, the only value above MAX_CAPPED_SEQUENCERS): while bids are open `extra` holds the bid statistics over
    /// sequencer totals (top total bits 0-31, the highest total of another sequencer 32-63, distinct sequencers
    /// 64-79, first entry of the top sequencer 80-95; see `_bidStats`); an election moves them to the book and
    /// stores the stake line's level-4 index values there instead (`SlotAllocation.topValues`), so `sequencerOf`
    /// finds a slot's entry in this word plus at most four index words.
    /// Capped by stake (`maxSequencers <= MAX_CAPPED_SEQUENCERS`, MECHANISM §3.4a): `count` is the bound of the
    /// entry numbers `place · quota + index` (`cap · quota`, see `_quotaOf`), `total` the sum of the places held;
    /// `extra` bits 0-95 are the places (SequencerPlaces lanes: the place totals while bids are open, their
    /// cumulative ends on the place line after the election; with a cap of 1, lane 1 keeps the largest displaced
    /// total for the second price until the seal) and bits 96-127 the entries of each place (8 bits per place).
    struct EpochState {
        uint64 seed;
        uint32 total;
        uint16 count;
        uint16 e;
        uint128 extra;
    }

    /// @dev Bid statistics of an epoch over sequencer totals (own plus delegated entries): the highest total, the
    /// highest total of any other sequencer, distinct sequencers, and the first entry of the top sequencer. In
    /// `EpochState.extra` until the election, in the book after it.
    struct BidStats {
        uint24 top1;
        uint24 top2;
        uint16 distinct;
        uint16 topEntry;
    }

    /// @dev Epoch accounting, one word: economics snapshot (taken at the first bid), seal state, settlement totals,
    /// and the bid statistics once elected.
    struct EpochBook {
        uint96 rewardPerSlot;
        uint32 minBid;
        uint8 sealState;
        uint16 settledEntries;
        uint16 rewardedSlots;
        uint24 top1;
        uint24 top2;
        uint16 topEntry;
        uint16 distinct;
    }

    /// @dev Reward and reserve with the epoch from which `next` applies, and the initialisation flag. The first
    /// word is the only one `initialize` writes (`nextFrom` = max: no pending change, the second word unread); the
    /// first bid of an epoch snapshots the economics from it.
    struct Economics {
        uint128 prevReward;
        uint32 prevMinBid;
        uint64 nextFrom;
        bool initialised;
        uint128 nextReward;
        uint32 nextMinBid;
    }

    /// @dev The reward pool's unallocated balance and the pause switch, one word: every bid, seal, publication and
    /// settlement reads `paused`, and a settlement then takes its reward from `unallocated` in the same (warm) word.
    struct Pool {
        uint248 unallocated;
        bool paused;
    }

    /// @dev Settlement of one entry: its slot count, settlement stake in units and token units, the stake token.
    struct Settlement {
        uint256 slots;
        uint256 units;
        uint256 amount;
        address token;
    }

    Economics internal _economics;
    /// @dev The rollup's owner once it differs from the one in the immutable arguments (zero until a transfer).
    address internal _rollupOwnerOverride;
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
    Pool internal _pool;
    uint256 internal _funded;
    /// @dev Capped epochs: each place's entries' starts inside the place, 10 lanes of 24 bits per word, word
    /// `place << 16 | index / 10` (entry 0 starts at 0 and is never written; an entry ends where the next starts,
    /// the place's last one at the place's total). A displaced place's lanes are rewritten by its new occupant; the
    /// lanes at or above the place's entry count (`EpochState`) are never read.
    mapping(uint64 epoch => mapping(uint256 word => uint256)) internal _placeStarts;

    /// @dev This contract's own address: a call that does not run in a clone (no immutable arguments) is refused.
    address private immutable _SELF = address(this);

    /// @dev The clone's immutable configuration (see `Config`): one copy of the clone's own code tail, no storage.
    function _config() internal view returns (Config memory c) {
        if (address(this) == _SELF) revert SlotAuctionNotAClone();
        bytes memory args = Clones.fetchCloneArgs(address(this));
        uint256 p = ModuleArgs.tailOffset(args);
        if (args.length < p + _TAIL_BYTES) revert SlotAuctionNotAClone();
        (c.minSequencers, c.maxSequencers,) = ModuleArgs.bounds(args);
        c.args = args;
        _decodeAddresses(c, args, p);
        _decodeNumbers(c, args, p);
    }

    /// @dev Vault, governance, owner, rollup id, reward token: big-endian fields at their `Config` offsets from the
    /// tail's first byte `p`; each word read keeps the field's bytes with a right shift (a read past the array end
    /// only feeds bits that are shifted out).
    function _decodeAddresses(Config memory c, bytes memory args, uint256 p) private pure {
        address vault_;
        address governance_;
        address owner_;
        uint64 rollupId_;
        address rewardToken;
        assembly ("memory-safe") {
            p := add(add(args, 0x20), p)
            vault_ := shr(96, mload(p))
            governance_ := shr(96, mload(add(p, 20)))
            owner_ := shr(96, mload(add(p, 40)))
            rollupId_ := shr(192, mload(add(p, 60)))
            rewardToken := shr(96, mload(add(p, 116)))
        }
        c.vault = vault_;
        c.governance = governance_;
        c.rollupOwner = owner_;
        c.rollupId = rollupId_;
        c.rewardToken = rewardToken;
    }

    /// @dev Timeline and amounts, decoded as in `_decodeAddresses`.
    function _decodeNumbers(Config memory c, bytes memory args, uint256 p) private pure {
        uint256 genesis;
        uint256 e;
        uint256 slotLength;
        uint256 bidWindow;
        uint256 sealWindow;
        uint256 settlementWindow;
        uint256 settlementLock;
        uint256 stakeUnit;
        uint256 maxEntries;
        uint256 maxReward;
        uint256 allowlist;
        assembly ("memory-safe") {
            p := add(add(args, 0x20), p)
            genesis := shr(192, mload(add(p, 68)))
            e := shr(240, mload(add(p, 76)))
            slotLength := shr(224, mload(add(p, 78)))
            bidWindow := shr(224, mload(add(p, 82)))
            sealWindow := shr(224, mload(add(p, 86)))
            settlementWindow := shr(224, mload(add(p, 90)))
            settlementLock := shr(224, mload(add(p, 94)))
            stakeUnit := shr(128, mload(add(p, 98)))
            maxEntries := shr(240, mload(add(p, 114)))
            maxReward := shr(128, mload(add(p, 136)))
            allowlist := shr(248, mload(add(p, 152)))
        }
        c.genesis = uint64(genesis);
        c.e = uint16(e);
        c.slotLength = uint32(slotLength);
        c.bidWindow = uint32(bidWindow);
        c.sealWindow = uint32(sealWindow);
        c.settlementWindow = uint32(settlementWindow);
        c.settlementLock = uint32(settlementLock);
        c.stakeUnit = uint128(stakeUnit);
        c.maxEntries = uint16(maxEntries);
        c.maxRewardPerSlot = uint128(maxReward);
        c.allowlist = allowlist != 0;
    }

    /// @dev Stake token number `index` and its weight, from the immutable arguments.
    function _tokenAt(Config memory c, uint256 index) internal pure returns (address token, uint256 weight) {
        (token,, weight) = ModuleArgs.tokenAt(c.args, index);
    }

    /// @dev The rollup's owner: the immutable one until a transfer replaced it.
    function _rollupOwnerOf(Config memory c) internal view returns (address) {
        address override_ = _rollupOwnerOverride;
        return override_ == address(0) ? c.rollupOwner : override_;
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
        (en,) = _loadEntryAndMarks(epoch, entry);
    }

    /// @dev As `_loadEntry`, also returning the storage slot of the entry's marks word (`settle` sets the settled bit
    /// there without hashing the slot again).
    function _loadEntryAndMarks(uint64 epoch, uint256 entry) internal view returns (Entry memory en, uint256 marks) {
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
        mapping(uint256 => uint256) storage epochMarks = _entryMarks[epoch];
        uint256 marksWord = entry >> 4;
        // The slot of `_entryMarks[epoch][entry >> 4]`: keccak256(entry >> 4 ‖ epochMarks.slot), in the scratch space.
        assembly ("memory-safe") {
            mstore(0x00, marksWord)
            mstore(0x20, epochMarks.slot)
            marks := keccak256(0x00, 0x40)
            marksWord := sload(marks)
        }
        uint256 lane = (marksWord >> ((entry & 15) << 4)) & 0xffff;
        en.published = uint16(lane & 0x7fff);
        en.settled = lane & _SETTLED_BIT != 0;
    }

    /// @dev Slots of the entry, settlement stake in units and tokens, and the stake token.
    function _settlement(
        Config memory c,
        uint64 epoch,
        EpochState memory es,
        EpochBook memory book,
        Entry memory em,
        uint256 entry
    )
        internal
        view
        returns (Settlement memory st)
    {
        (uint256 start, uint256 end) = _boundsOf(c.maxSequencers, epoch, es, entry);
        (, st.slots) = SlotAllocation.itemsOf(_key(es), es.total, es.e, start, end);
        uint256 bidUnits = end - start;
        st.units = st.slots * _priceOf(epoch, book, em.sequencer) / es.e;
        uint256 weight;
        (st.token, weight) = _tokenAt(c, em.tokenIndex);
        if (st.units >= bidUnits) {
            st.units = bidUnits;
            st.amount = em.amount;
        } else {
            st.amount = (st.units * c.stakeUnit + weight - 1) / weight;
            if (st.amount > em.amount) st.amount = em.amount;
        }
    }

    /// @dev `P_i` of MECHANISM §3.4 for `sequencer` in an elected epoch: the highest total bid of any other sequencer
    /// (the top sequencer pays the second total, every other one the top total), never below the reserve.
    function _priceOf(uint64 epoch, EpochBook memory book, address sequencer) internal view returns (uint256 price) {
        price = _entries[epoch][book.topEntry].sequencer == sequencer ? book.top2 : book.top1;
        if (price < book.minBid) price = book.minBid;
    }

    function _entryOfSlot(uint64 epoch, EpochState memory es, uint256 slot) internal view returns (uint256) {
        if (slot >= es.e) revert SlotAuctionSlotOutOfRange(epoch, slot, es.e);
        uint256 item = SlotAllocation.permute(_key(es), es.e, slot);
        uint256 x = SlotAllocation.positionOf(_key(es), es.total, es.e, item);
        uint256 cap = _config().maxSequencers;
        if (cap > MAX_CAPPED_SEQUENCERS) return _lines[epoch].findEntry(es.count, x, es.extra);
        // A capped epoch: the place owning x, then the first of its entries whose end inside the place is above
        // the offset (a view: a binary search over at most MAX_PLACE_ENTRIES lanes).
        (uint256 place, uint256 start) = SequencerPlaces.placeAt(uint96(es.extra), cap, x);
        // The last entry whose start inside the place is at most the offset: entry 0 starts at 0, and the starts
        // increase (a binary search over at most MAX_PLACE_ENTRIES lanes, log2 steps).
        uint256 lo;
        uint256 hi = _placeEntries(es, place) - 1;
        while (lo < hi) {
            uint256 mid = (lo + hi + 1) / 2;
            if (_placeStart(epoch, place, mid) <= x - start) lo = mid;
            else hi = mid - 1;
        }
        return place * (es.count / cap) + lo;
    }

    /// @dev Entries per place of a capped epoch: `maxEntries / cap`, at least 1 and at most MAX_PLACE_ENTRIES.
    function _quotaOf(uint256 maxEntries, uint256 cap) internal pure returns (uint256 quota) {
        quota = maxEntries / cap;
        if (quota > MAX_PLACE_ENTRIES) quota = MAX_PLACE_ENTRIES;
        if (quota == 0) quota = 1;
    }

    /// @dev Entries held by `place` of a capped epoch (bits 96-127 of `extra`, 8 per place).
    function _placeEntries(EpochState memory es, uint256 place) internal pure returns (uint256) {
        return (es.extra >> (96 + 8 * place)) & 0xff;
    }

    /// @dev Start of entry `index` (>= 1) of `place` inside the place (see `_placeStarts`).
    function _placeStart(uint64 epoch, uint256 place, uint256 index) internal view returns (uint256) {
        return (_placeStarts[epoch][(place << 16) | (index / 10)] >> (24 * (index % 10))) & SequencerPlaces.MAX_LANE;
    }

    /// @dev Interval `[start, end)` of `entry` on the epoch's stake line. Uncapped: the append-only line. Capped: the
    /// entry `index` of place `entry / quota`, shifted by the place's start on the place line (the places' prefix
    /// ends after the election, computed from the totals before it); an entry number at or above its place's count
    /// (a displaced occupant's, or never written) is refused, so a displaced bid holds nothing.
    function _boundsOf(uint256 cap, uint64 epoch, EpochState memory es, uint256 entry)
        internal
        view
        returns (uint256 start, uint256 end)
    {
        if (cap > MAX_CAPPED_SEQUENCERS) return _lines[epoch].boundsOf(entry);
        return _cappedBoundsOf(cap, epoch, es, entry);
    }

    /// @dev The capped case of `_boundsOf`. Virtual: SlotAuction asks its views extension instead (code size).
    function _cappedBoundsOf(uint256 cap, uint64 epoch, EpochState memory es, uint256 entry)
        internal
        view
        virtual
        returns (uint256 start, uint256 end)
    {
        uint256 quota = es.count / cap;
        uint256 place = entry / quota;
        uint256 index = entry % quota;
        if (index >= _placeEntries(es, place)) revert SlotAuctionEntryNotHeld(epoch, entry);
        uint256 lanes = uint96(es.extra);
        // Before the election the lanes are totals (with a cap of 1, lane 1 is the displaced total: masked off).
        if (es.seed == 0) lanes = SequencerPlaces.prefixSums(lanes & ((uint256(1) << (24 * cap)) - 1), cap);
        uint256 base = place == 0 ? 0 : SequencerPlaces.totalOf(lanes, place - 1);
        start = index == 0 ? base : base + _placeStart(epoch, place, index);
        end = index + 1 == _placeEntries(es, place)
            ? SequencerPlaces.totalOf(lanes, place)
            : base + _placeStart(epoch, place, index + 1);
    }

    function _elected(uint64 epoch) internal view returns (EpochState memory es) {
        es = _epochs[epoch];
        if (es.seed == 0) revert SlotAuctionNotElected(epoch);
    }

    /// @dev Bid statistics of an epoch whose state is `es` (from `extra` before an election, else from the book); a
    /// capped epoch's are computed from its places in `O(cap)` (the top place's first entry names the top sequencer;
    /// with a cap of 1 the displaced total is the second).
    function _bidStats(uint256 cap, EpochState memory es, EpochBook memory book)
        internal
        pure
        returns (BidStats memory st)
    {
        if (es.seed != 0) {
            return BidStats({top1: book.top1, top2: book.top2, distinct: book.distinct, topEntry: book.topEntry});
        }
        if (cap <= MAX_CAPPED_SEQUENCERS) return _cappedStats(cap, es);
        return _uncappedStats(es.extra);
    }

    /// @dev Bid statistics of an uncapped epoch while bids are open (see `EpochState`).
    function _uncappedStats(uint128 extra) internal pure returns (BidStats memory st) {
        st.top1 = uint24(extra);
        st.top2 = uint24(extra >> 32);
        st.distinct = uint16(extra >> 64);
        st.topEntry = uint16(extra >> 80);
    }

    /// @dev Bid statistics of a capped epoch while bids are open, from its places.
    function _cappedStats(uint256 cap, EpochState memory es) internal pure returns (BidStats memory st) {
        uint256 extra = es.extra;
        {
            uint256 held = extra & ((uint256(1) << (24 * cap)) - 1);
            (uint256 top1, uint256 top2, uint256 topPlace) =
                SequencerPlaces.topTwo(held, cap, cap == 1 ? SequencerPlaces.totalOf(extra, 1) : 0);
            // Totals below 2^24; at most 4 places; entry numbers below cap · quota <= 1,020.
            st.top1 = uint24(top1);
            st.top2 = uint24(top2);
            st.distinct = uint16(SequencerPlaces.count(held, cap));
            st.topEntry = uint16(topPlace * (es.count / cap));
        }
    }

    function _key(EpochState memory es) internal pure returns (bytes32) {
        return bytes32(uint256(es.seed));
    }


    function _economicsFor(uint64 epoch) internal view returns (uint128, uint32) {
        if (_epochs[epoch].count != 0) {
            EpochBook memory book = _books[epoch];
            return (book.rewardPerSlot, book.minBid);
        }
        // Storage pointer: the second word is read only when the pending values apply.
        Economics storage ec = _economics;
        return epoch >= ec.nextFrom ? (ec.nextReward, ec.nextMinBid) : (ec.prevReward, ec.prevMinBid);
    }

    function _firstUnopenedEpoch(Config memory tl) internal view returns (uint64) {
        if (block.number < tl.genesis) return 0;
        return (uint64(block.number) - tl.genesis) / (uint64(tl.e) * tl.slotLength) + 1;
    }

    function _bidStart(Config memory tl, uint64 epoch) internal pure returns (uint64) {
        return tl.genesis + epoch * uint64(tl.e) * tl.slotLength;
    }

    function _bidEnd(Config memory tl, uint64 epoch) internal pure returns (uint64) {
        return _bidStart(tl, epoch) + tl.bidWindow;
    }

    function _slotStart(Config memory tl, uint64 epoch) internal pure returns (uint64) {
        return _bidStart(tl, epoch) + tl.bidWindow + tl.sealWindow;
    }

    /// @dev Status of `epoch` at the current block.
    function _statusOf(uint64 epoch) internal view returns (EpochStatus) {
        uint8 state = _books[epoch].sealState;
        if (state == _SEALED_ELECTED) return EpochStatus.Elected;
        if (state == _SEALED_OPEN) return EpochStatus.Open;
        Config memory tl = _config();
        uint64 bidStart = _bidStart(tl, epoch);
        if (block.number < bidStart) return EpochStatus.NotStarted;
        uint64 bidEnd = bidStart + tl.bidWindow;
        if (block.number < bidEnd) return EpochStatus.Bidding;
        if (block.number < bidEnd + tl.sealWindow) return EpochStatus.AwaitingSeal;
        return EpochStatus.Open;
    }
}
