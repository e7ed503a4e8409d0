// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title SlotAllocation
/// @notice The slot allocation of Baton's slot auction (MECHANISM.md §3.2): exactly `e` slots per epoch, each bid
/// entry receiving the floor or the ceiling of its stake share of `e`, in a seed-keyed pseudorandom slot order, with
/// no pass over the bidders.
///
/// Model. Entries are appended in bid order; entry `j` (0-based) has `a_j >= 1` stake units and owns the interval
/// `[C_{j-1}, C_j)` of the stake line, where `C_j = a_0 + ... + a_j` and `C_{-1} = 0`; `S = C_{n-1}` is the total.
/// - Systematic sampling: `u = keccak256(key ‖ "offset") mod S`. Item `m` in `[0, e)` sits at the scaled position
///   `u + m·S` of the line scaled by `e`; entry `j` owns the scaled interval `[C_{j-1}·e, C_j·e)`, so it receives
///   the items `m` with `C_{j-1} <= floor((u + m·S) / e) < C_j`: a contiguous run of `floor(a_j·e/S)` or
///   `ceil(a_j·e/S)` items, computed in O(1) by {itemsOf}.
/// - Slot order: slot `t` holds item `permute(key, e, t)`, a 4-round Feistel network over keccak256 on
///   `[0, 4^h)` (the smallest `h >= 1` with `4^h >= e`), cycle-walked into `[0, e)`.
/// - Owner lookup: a multi-way search over the cumulative values, packed 10 per storage word (25 bits each) with
///   an index level holding every 10^l-th value (levels 0..4), so an append writes at most 5 words (amortised just
///   over one). Level 4 has at most 5 values below MAX_ENTRIES, which fit in 125 bits: a caller that keeps them
///   elsewhere (the auction copies them into its epoch word when it seals) passes them to {findEntry}, which then
///   reads at most 4 words of storage.
///
/// Concentration holds per entry: a party that splits its stake over several entries only weakens its own
/// floor guarantee (each entry rounds on its own).
library SlotAllocation {
    /// @notice Values packed per index word.
    uint256 internal constant FANOUT = 10;
    /// @notice Bits per packed cumulative value.
    uint256 internal constant VALUE_BITS = 25;
    /// @notice Largest cumulative stake (in units) an epoch can hold.
    uint256 internal constant MAX_TOTAL = (1 << VALUE_BITS) - 1;
    /// @notice Largest number of entries per line (6 · 10^4 - 1): level 4 then has at most 5 values.
    uint256 internal constant MAX_ENTRIES = 59_999;
    /// @notice Bits of the level-4 values a caller may keep (5 values of 25 bits).
    uint256 internal constant TOP_BITS = 125;
    /// @notice Highest index level (levels 0..4).
    uint256 internal constant MAX_LEVEL = 4;
    /// @notice Largest supported number of slots per epoch (the Feistel half-width is then at most 8 bits).
    uint256 internal constant MAX_SLOTS = 65_536;

    uint256 private constant _VALUE_MASK = (1 << VALUE_BITS) - 1;

    /// @notice Packed cumulative values of one epoch. Word key = `level << 32 | wordIndex`.
    struct Line {
        mapping(uint256 => uint256) words;
    }

    error SlotAllocationLineFull(uint256 count, uint256 maxEntries);
    error SlotAllocationTotalOverflow(uint256 total, uint256 maxTotal);
    error SlotAllocationNotIncreasing(uint256 previous, uint256 next);
    error SlotAllocationEmpty();
    error SlotAllocationBadSlotCount(uint256 slots);
    error SlotAllocationOutOfRange(uint256 value, uint256 bound);

    // ------------------------------------------------------------------ storage: the packed line

    /// @notice Appends entry number `count` (0-based) with cumulative end `cumulativeEnd`.
    /// @dev The caller keeps `count` and the previous total; `cumulativeEnd` must exceed the previous total.
    function append(Line storage line, uint256 count, uint256 previousTotal, uint256 cumulativeEnd) internal {
        if (count >= MAX_ENTRIES) revert SlotAllocationLineFull(count, MAX_ENTRIES);
        if (cumulativeEnd > MAX_TOTAL) revert SlotAllocationTotalOverflow(cumulativeEnd, MAX_TOTAL);
        if (cumulativeEnd <= previousTotal) revert SlotAllocationNotIncreasing(previousTotal, cumulativeEnd);
        uint256 pos = count;
        _put(line, 0, pos, cumulativeEnd);
        // Every 10th value of a level is copied one level up; at most MAX_LEVEL extra writes.
        for (uint256 level = 1; level <= MAX_LEVEL; ++level) {
            if (pos % FANOUT != FANOUT - 1) break;
            pos /= FANOUT;
            _put(line, level, pos, cumulativeEnd);
        }
    }

    /// @notice Cumulative end `C_j` of entry `j` (the caller checks `j` is below the count).
    function cumulativeAt(Line storage line, uint256 j) internal view returns (uint256) {
        return (line.words[j / FANOUT] >> (VALUE_BITS * (j % FANOUT))) & _VALUE_MASK;
    }

    /// @notice Interval `[C_{j-1}, C_j)` of entry `j` on the stake line (one storage read, two when `j` starts a word).
    function boundsOf(Line storage line, uint256 j) internal view returns (uint256 start, uint256 end) {
        uint256 word = line.words[j / FANOUT];
        uint256 lane = j % FANOUT;
        end = (word >> (VALUE_BITS * lane)) & _VALUE_MASK;
        if (lane != 0) {
            start = (word >> (VALUE_BITS * (lane - 1))) & _VALUE_MASK;
        } else if (j != 0) {
            start = cumulativeAt(line, j - 1);
        }
    }

    /// @notice Level 4's values (at most 5 below MAX_ENTRIES, in the low TOP_BITS bits), for a caller to keep.
    function topValues(Line storage line) internal view returns (uint256) {
        return line.words[MAX_LEVEL << 32] & ((1 << TOP_BITS) - 1);
    }

    /// @notice The entry owning unit position `x` (the first `j` with `C_j > x`), for `x < total`, reading level 4
    /// from storage.
    /// @param count Number of entries (at most MAX_ENTRIES).
    function findEntry(Line storage line, uint256 count, uint256 x) internal view returns (uint256) {
        return findEntry(line, count, x, topValues(line));
    }

    /// @notice As {findEntry}, with level 4's values supplied by the caller (`top`, from {topValues}).
    function findEntry(Line storage line, uint256 count, uint256 x, uint256 top) internal view returns (uint256 group) {
        if (count == 0) revert SlotAllocationEmpty();
        // One word per level from the highest level whose values fit in its first word (count < 10^(level+1)),
        // then a binary search over its lanes (values strictly increase along a level) for the first value above
        // x. Level 4 is `top`, not storage. Uses the scratch space 0x00-0x3f only, to hash the word's mapping key
        // (keccak256(key ‖ line.slot)). No overflow: count < 6·10^4, so every product and index stays tiny, and
        // count / span >= 10 · group holds at every level (the chosen position never exceeds the number of values
        // present one level up), so `valid` cannot wrap.
        assembly ("memory-safe") {
            let level := 0
            let span := 1
            for {} iszero(lt(count, mul(span, 10))) {} {
                span := mul(span, 10)
                level := add(level, 1)
            }
            mstore(0x20, line.slot)
            for {} 1 {} {
                let word := top
                if lt(level, 4) {
                    mstore(0x00, or(shl(32, level), group))
                    word := sload(keccak256(0x00, 0x40))
                }
                let base := mul(group, 10)
                let valid := sub(div(count, span), base)
                if gt(valid, 10) { valid := 10 }
                // The first lane above x is the number of valid lanes at or below it (values increase along a
                // level): a branchless binary search with steps 8, 4, 2, 1, where lanes at or past `valid` count as
                // above x (lo never exceeds 15).
                let lo := 0
                let i := 7
                lo := shl(3, and(lt(i, valid), iszero(gt(and(shr(mul(25, i), word), 0x1ffffff), x))))
                i := add(lo, 3)
                lo := add(lo, shl(2, and(lt(i, valid), iszero(gt(and(shr(mul(25, i), word), 0x1ffffff), x)))))
                i := add(lo, 1)
                lo := add(lo, shl(1, and(lt(i, valid), iszero(gt(and(shr(mul(25, i), word), 0x1ffffff), x)))))
                lo := add(lo, and(lt(lo, valid), iszero(gt(and(shr(mul(25, lo), word), 0x1ffffff), x))))
                group := add(base, lo)
                if iszero(level) { break }
                level := sub(level, 1)
                span := div(span, 10)
            }
        }
    }

    // ------------------------------------------------------------------ pure: sampling and permutation

    /// @notice Sampling offset `u = keccak256(key ‖ "offset") mod total`.
    function offset(bytes32 key, uint256 total) internal pure returns (uint256) {
        if (total == 0) revert SlotAllocationEmpty();
        uint256 digest;
        // keccak256(abi.encodePacked(key, "offset")) in the scratch space 0x00-0x3f: the key, then the six bytes
        // of "offset" left-aligned in the next word; 38 bytes hashed.
        assembly ("memory-safe") {
            mstore(0x00, key)
            mstore(0x20, shl(208, 0x6f6666736574))
            digest := keccak256(0x00, 38)
        }
        return digest % total;
    }

    /// @notice Unit position of item `m`: `floor((u + m·total) / e)`; its owner is the first entry with `C_j` above it.
    function positionOf(uint256 u, uint256 total, uint256 e, uint256 m) internal pure returns (uint256) {
        // u < total < 2^25 and m < e <= 2^16 for every caller: no overflow.
        unchecked {
            return (u + m * total) / e;
        }
    }

    /// @notice Items owned by the entry with interval `[start, end)`: `count` consecutive items from `first`.
    /// @dev Item m is owned iff `start·e <= u + m·total < end·e`; `count` is floor or ceil of `(end-start)·e/total`.
    function itemsOf(uint256 u, uint256 total, uint256 e, uint256 start, uint256 end)
        internal
        pure
        returns (uint256 first, uint256 count)
    {
        first = _itemsBelow(u, total, start * e);
        count = _itemsBelow(u, total, end * e) - first;
    }

    /// @notice Slot `t`'s item: a keyed pseudorandom permutation of `[0, e)`.
    function permute(bytes32 key, uint256 e, uint256 t) internal pure returns (uint256) {
        uint256 h = halfBits(e);
        if (t >= e) revert SlotAllocationOutOfRange(t, e);
        return walk(key, e, h, t);
    }

    /// @notice {permute} without its checks, for a caller that has them already: `t < e <= MAX_SLOTS` and `h` the
    /// smallest `h >= 1` with `4^h >= e`.
    function walk(bytes32 key, uint256 e, uint256 h, uint256 t) internal pure returns (uint256 x) {
        // Cycle walking: the Feistel network permutes [0, 4^h) with 4^h < 4e, so the walk from a point of [0, e)
        // returns to [0, e) after fewer than 4 steps on average and always terminates (it follows one cycle). The
        // rounds are inlined (this is on every slot-owner lookup): round i, `(L, R) = (R, L xor F(i, R))`, hashes
        // key ‖ (i << 32 | R) in the scratch space 0x00-0x3f; h <= 8, so nothing leaves the low 16 bits.
        assembly ("memory-safe") {
            let mask := sub(shl(h, 1), 1)
            mstore(0x00, key)
            x := t
            for {} 1 {} {
                let l := shr(h, x)
                let r := and(x, mask)
                mstore(0x20, r)
                let next := xor(l, and(keccak256(0x00, 0x40), mask))
                l := r
                r := next
                mstore(0x20, or(0x100000000, r))
                next := xor(l, and(keccak256(0x00, 0x40), mask))
                l := r
                r := next
                mstore(0x20, or(0x200000000, r))
                next := xor(l, and(keccak256(0x00, 0x40), mask))
                l := r
                r := next
                mstore(0x20, or(0x300000000, r))
                next := xor(l, and(keccak256(0x00, 0x40), mask))
                l := r
                r := next
                x := or(shl(h, l), r)
                if lt(x, e) { break }
            }
        }
    }

    /// @notice Inverse of {permute}: the slot holding item `m`.
    function slotOfItem(bytes32 key, uint256 e, uint256 m) internal pure returns (uint256 t) {
        uint256 h = halfBits(e);
        if (m >= e) revert SlotAllocationOutOfRange(m, e);
        t = m;
        do {
            t = _decrypt(key, t, h);
        } while (t >= e);
    }

    // ------------------------------------------------------------------ internals

    function _put(Line storage line, uint256 level, uint256 pos, uint256 value) private {
        uint256 key = (level << 32) | (pos / FANOUT);
        line.words[key] |= value << (VALUE_BITS * (pos % FANOUT));
    }

    /// @dev Number of items m in [0, e) with u + m·total < bound, i.e. ceil((bound - u) / total) (0 when bound <= u).
    function _itemsBelow(uint256 u, uint256 total, uint256 bound) private pure returns (uint256) {
        if (bound <= u) return 0;
        return (bound - u + total - 1) / total;
    }

    /// @notice Feistel half-width for `e` slots: the smallest `h >= 1` with `4^h >= e`.
    function halfBits(uint256 e) internal pure returns (uint256 h) {
        if (e == 0 || e > MAX_SLOTS) revert SlotAllocationBadSlotCount(e);
        // The smallest h >= 1 with 4^h >= e; e <= 2^16 bounds the loop to 8 rounds and keeps every shift small.
        assembly ("memory-safe") {
            h := 1
            for {} lt(shl(shl(1, h), 1), e) {} { h := add(h, 1) }
        }
    }

    /// @dev Inverse pass of one walk step of {permute} (whose rounds are `(L, R) = (R, L xor F(i, R))` for i = 0..3,
    /// F(i, v) = keccak256(key ‖ (i << 32 | v)) masked to h bits): rounds 3..0, `(L, R) = (R xor F(i, L), L)`. Scratch
    /// space 0x00-0x3f only (the round function's 64-byte input).
    function _decrypt(bytes32 key, uint256 x, uint256 h) private pure returns (uint256 y) {
        assembly ("memory-safe") {
            let mask := sub(shl(h, 1), 1)
            let l := shr(h, x)
            let r := and(x, mask)
            mstore(0x00, key)
            for { let i := 4 } gt(i, 0) {} {
                i := sub(i, 1)
                mstore(0x20, or(shl(32, i), l))
                let f := and(keccak256(0x00, 0x40), mask)
                let next := xor(r, f)
                r := l
                l := next
            }
            y := or(shl(h, l), r)
        }
    }
}
