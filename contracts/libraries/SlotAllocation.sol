// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title SlotAllocation
/// @notice The slot allocation of Baton's slot auction (MECHANISM.md §3.2): exactly `e` slots per epoch, each bid
/// entry receiving its stake share of `e` in expectation (independent stratified draws), in a seed-keyed pseudorandom slot order, with
/// no pass over the bidders.
///
/// Model. Entries are appended in bid order; entry `j` (0-based) has `a_j >= 1` stake units and owns the interval
/// `[C_{j-1}, C_j)` of the stake line, where `C_j = a_0 + ... + a_j` and `C_{-1} = 0`; `S = C_{n-1}` is the total.
/// - Stratified sampling: the line scaled by `e` is cut into `e` strata `[m·S, (m+1)·S)`; item `m` sits at the
///   scaled position `m·S + u_m` with its own offset `u_m = keccak256(key ‖ "offset" ‖ uint16(m)) mod S`, i.e. at
///   unit position `floor((m·S + u_m) / e)`. Entry `j` owns the scaled interval `[C_{j-1}·e, C_j·e)`, so item `m`
///   falls on it with probability exactly `|[C_{j-1}·e, C_j·e) ∩ stratum m| / S`, independently of every other item.
///   Positions increase with `m`, so an entry still owns consecutive items, computed in O(1) (two hashes) by
///   {itemsOf}: within one of `floor(a_j·e/S)` and `ceil(a_j·e/S)` on either side.
///   Why independent offsets (MECHANISM.md §3.2, "splitting never pays"): a party's slot count is then a sum of
///   `e` independent Bernoulli variables whose means add up to `s·e`, whatever the way its stake is split into
///   entries and wherever they sit; by Hoeffding's theorem (1956) on the number of successes in independent
///   trials, its tail `P(X >= x)` for `x >= s·e + 1` is at most that of Binomial(e, s), per-slot sampling. With
///   one offset shared by all items the roundings of a party's entries move together, and a party split into
///   entries of a fraction of a slot can take every slot at once (see contracts/auction/README.md).
/// - Slot order: slot `t` holds item `permute(key, e, t)`, a ROUNDS-round (12) Feistel network over keccak256 on
///   `[0, 2^k)` (the smallest `k >= 2` with `2^k >= e`, so the walk needs fewer than 2 passes on average and exactly
///   one when `e` is a power of two), cycle-walked into `[0, e)`. For odd `k` the halves differ by one bit and
///   alternate sides from round to round (an unbalanced Feistel network; each round is still a bijection). Four
///   rounds over halves of a few bits made long runs of one party up to 50 times more frequent than a random
///   order; twelve bring every run frequency within 1.3 times of a random order (measured by
///   `npm run bench:allocation`, bench/results/allocation.json).
/// - Owner lookup: a multi-way search over the cumulative values, packed 10 per storage word with an index level
///   holding every 10^l-th value (levels 0..4), so an append writes at most 5 words (amortised just over one). A
///   value `C` is stored as its complement `MAX_TOTAL - C` in a 25-bit lane whose top bit stays clear: one
///   subtraction then compares all ten lanes with a position at once (SWAR), and a lane never written (0) reads as
///   the largest value, above every position, so a level needs no count of its valid lanes. Level 4 has at most
///   5 values below MAX_ENTRIES, which fit in 125 bits: a caller that keeps them elsewhere (the auction copies them
///   into its epoch word when it seals) passes them to {findEntry}, which then reads at most 4 words of storage.
///
/// Concentration holds per entry: at least `floor(a_j·e/S) - 1` and at most `ceil(a_j·e/S) + 1` items (the entry's
/// two boundary strata are drawn independently).
library SlotAllocation {
    /// @notice Values packed per index word.
    uint256 internal constant FANOUT = 10;
    /// @notice Bits per packed cumulative value.
    uint256 internal constant VALUE_BITS = 24;
    /// @notice Bits per lane of an index word: the value and a clear guard bit above it.
    uint256 internal constant LANE_BITS = 25;
    /// @notice Largest cumulative stake (in units) an epoch can hold.
    uint256 internal constant MAX_TOTAL = 0xffffff; // 2^VALUE_BITS - 1, a literal so that no use computes it
    /// @notice Largest number of entries per line (6 · 10^4 - 1): level 4 then has at most 5 values.
    uint256 internal constant MAX_ENTRIES = 59_999;
    /// @notice Bits of the level-4 values a caller may keep (5 lanes of 25 bits).
    uint256 internal constant TOP_BITS = 125;
    /// @notice Highest index level (levels 0..4).
    uint256 internal constant MAX_LEVEL = 4;
    /// @notice Largest supported number of slots per epoch (a Feistel half is then at most 8 bits wide).
    uint256 internal constant MAX_SLOTS = 65_536;
    /// @notice Feistel rounds of the slot permutation (even; see the library's doc and contracts/auction/README.md).
    uint256 internal constant ROUNDS = 12;

    /// @dev `ROUNDS << 32`: the round index lives above the 32-bit half value in the round function's input.
    uint256 private constant _ROUND_TAG_END = 0xc00000000;

    uint256 private constant _VALUE_MASK = 0xffffff;
    /// @dev A 1 at the bottom of each of the ten lanes: `x * _LANES` repeats `x` in every lane.
    uint256 private constant _LANES = 0x200000100000080000040000020000010000008000004000002000001;

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
        // The complement (see the model above); cumulativeEnd <= MAX_TOTAL was checked.
        uint256 stored = MAX_TOTAL - cumulativeEnd;
        _put(line, 0, pos, stored);
        // Every 10th value of a level is copied one level up; at most MAX_LEVEL extra writes.
        for (uint256 level = 1; level <= MAX_LEVEL; ++level) {
            if (pos % FANOUT != FANOUT - 1) break;
            pos /= FANOUT;
            _put(line, level, pos, stored);
        }
    }

    /// @notice Cumulative end `C_j` of entry `j` (the caller checks `j` is below the count).
    function cumulativeAt(Line storage line, uint256 j) internal view returns (uint256) {
        return MAX_TOTAL - ((line.words[j / FANOUT] >> (LANE_BITS * (j % FANOUT))) & _VALUE_MASK);
    }

    /// @notice Interval `[C_{j-1}, C_j)` of entry `j` on the stake line (one storage read, two when `j` starts a word).
    function boundsOf(Line storage line, uint256 j) internal view returns (uint256 start, uint256 end) {
        uint256 word = line.words[j / FANOUT];
        uint256 lane = j % FANOUT;
        end = MAX_TOTAL - ((word >> (LANE_BITS * lane)) & _VALUE_MASK);
        if (lane != 0) {
            start = MAX_TOTAL - ((word >> (LANE_BITS * (lane - 1))) & _VALUE_MASK);
        } else if (j != 0) {
            start = cumulativeAt(line, j - 1);
        }
    }

    /// @notice Level 4's stored lanes (at most 5 values below MAX_ENTRIES, complemented, in the low TOP_BITS bits), for
    /// a caller to keep and pass back to {findEntry}.
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
        // One word per level, from the highest level with values down to level 0; level l (below 4) has values
        // iff count >= 10^l and is read at `keccak256(l << 32 | group ‖ line.slot)` (scratch space 0x00-0x3f only),
        // level 4 is `top`. Skipping a level without values is exact: it would leave group at 0. In a word, the
        // next group is `10 · group` plus the number of lanes whose value is at most x, i.e. whose stored complement
        // is at least `MAX_TOTAL - x`, counted by one SWAR step: lane i of `(word | G) - (MAX_TOTAL - x) · _LANES`
        // (G = the guard bits, `_LANES << 24`) keeps its guard bit iff complement_i >= MAX_TOTAL - x, and never
        // borrows from the next lane since the subtrahend is below 2^24. Unwritten lanes (0) never count, as
        // x < MAX_TOTAL. Multiplying the guard bits, shifted to the lanes' bottoms, by _LANES sums them into lane 9
        // (at most 10: no carry). No overflow: group < 6·10^4 at every level.
        if (x >= MAX_TOTAL) revert SlotAllocationOutOfRange(x, MAX_TOTAL);
        assembly ("memory-safe") {
            // The constants live on the stack (one push each, not one per level: the code size is near the limit).
            let lanes := _LANES
            let guards := shl(24, lanes)
            function atOrBelow(word, probe, lanes_, guards_) -> n {
                n := and(shr(225, mul(shr(24, and(sub(or(word, guards_), probe), guards_)), lanes_)), 0x1f)
            }
            let probe := mul(sub(MAX_TOTAL, x), lanes)
            mstore(0x20, line.slot)
            if iszero(lt(count, 10000)) { group := atOrBelow(top, probe, lanes, guards) }
            // Level l's word for the group: keccak256(l << 32 | group ‖ line.slot).
            if iszero(lt(count, 1000)) {
                mstore(0x00, or(0x300000000, group))
                group := add(mul(group, 10), atOrBelow(sload(keccak256(0x00, 0x40)), probe, lanes, guards))
            }
            if iszero(lt(count, 100)) {
                mstore(0x00, or(0x200000000, group))
                group := add(mul(group, 10), atOrBelow(sload(keccak256(0x00, 0x40)), probe, lanes, guards))
            }
            if iszero(lt(count, 10)) {
                mstore(0x00, or(0x100000000, group))
                group := add(mul(group, 10), atOrBelow(sload(keccak256(0x00, 0x40)), probe, lanes, guards))
            }
            mstore(0x00, group)
            group := add(mul(group, 10), atOrBelow(sload(keccak256(0x00, 0x40)), probe, lanes, guards))
        }
    }

    // ------------------------------------------------------------------ pure: sampling and permutation

    /// @notice Offset of item `m` inside its stratum: `u_m = uint256(keccak256(key ‖ "offset" ‖ uint16(m))) mod total`.
    /// @dev `m < e <= MAX_SLOTS = 2^16` for every caller, so `uint16(m)` is exact.
    function offset(bytes32 key, uint256 total, uint256 m) internal pure returns (uint256) {
        if (total == 0) revert SlotAllocationEmpty();
        uint256 digest;
        // keccak256(abi.encodePacked(key, "offset", uint16(m))) in the scratch space 0x00-0x3f: the key, then the
        // six bytes of "offset" and the two bytes of m left-aligned in the next word; 40 bytes hashed.
        assembly ("memory-safe") {
            mstore(0x00, key)
            mstore(0x20, shl(192, or(shl(16, 0x6f6666736574), and(m, 0xffff))))
            digest := keccak256(0x00, 40)
        }
        return digest % total;
    }

    /// @notice Unit position of item `m`: `floor((m·total + u_m) / e)`, inside the item's stratum
    /// `[m·total, (m+1)·total)` of the line scaled by `e`; its owner is the first entry with `C_j` above it.
    function positionOf(bytes32 key, uint256 total, uint256 e, uint256 m) internal pure returns (uint256) {
        uint256 u = offset(key, total, m);
        // u < total < 2^24 and m < e <= 2^16 for every caller: no overflow.
        unchecked {
            return (m * total + u) / e;
        }
    }

    /// @notice Items owned by the entry with interval `[start, end)`: `count` consecutive items from `first`.
    /// @dev Item positions increase with `m` (each lies in its own stratum), so an entry's items are consecutive:
    /// those with `start·e <= m·total + u_m < end·e`. `count` is within one of `floor`/`ceil` of
    /// `(end-start)·e/total` on either side (two boundary strata are drawn independently); at most two hashes.
    function itemsOf(bytes32 key, uint256 total, uint256 e, uint256 start, uint256 end)
        internal
        pure
        returns (uint256 first, uint256 count)
    {
        first = _itemsBelow(key, total, e, start * e);
        count = _itemsBelow(key, total, e, end * e) - first;
    }

    /// @notice Slot `t`'s item: a keyed pseudorandom permutation of `[0, e)`.
    function permute(bytes32 key, uint256 e, uint256 t) internal pure returns (uint256) {
        uint256 k = domainBits(e);
        if (t >= e) revert SlotAllocationOutOfRange(t, e);
        return walk(key, e, k, t);
    }

    /// @notice {permute} without its checks, for a caller that has them already: `t < e <= MAX_SLOTS` and
    /// `k = domainBits(e)`.
    function walk(bytes32 key, uint256 e, uint256 k, uint256 t) internal pure returns (uint256 x) {
        // Cycle walking: the network permutes [0, 2^k) with 2^k < 2e, so the walk from a point of [0, e) returns to
        // [0, e) after fewer than 2 steps on average and always terminates (it follows one cycle). A value is a left
        // half above a right half; round i, whose right half r is `s` bits wide (s = k/2 rounded down in even
        // rounds, the other width `w = k - s` in odd rounds), maps (l, r) to (r, l xor F(i, r)), i.e. x to
        // `r << w | ((x >> s) xor F(i, r)) & (2^w - 1)`, whose right half is then `w` bits wide. F(i, r) hashes
        // key ‖ (i << 32 | r) in the scratch space 0x00-0x3f; k <= 16, so no value leaves the low 16 bits. The
        // rounds run in pairs (even, odd): `i` below is the even round's index, pre-shifted by 32 bits.
        assembly ("memory-safe") {
            let sb := shr(1, k)
            let sa := sub(k, sb)
            let ma := sub(shl(sa, 1), 1)
            let mb := sub(shl(sb, 1), 1)
            mstore(0x00, key)
            x := t
            for {} 1 {} {
                for { let i := 0 } lt(i, _ROUND_TAG_END) { i := add(i, 0x200000000) } {
                    let r := and(x, mb)
                    mstore(0x20, or(i, r))
                    x := or(shl(sa, r), and(xor(shr(sb, x), keccak256(0x00, 0x40)), ma))
                    r := and(x, ma)
                    mstore(0x20, or(add(i, 0x100000000), r))
                    x := or(shl(sb, r), and(xor(shr(sa, x), keccak256(0x00, 0x40)), mb))
                }
                if lt(x, e) { break }
            }
        }
    }

    /// @notice Inverse of {permute}: the slot holding item `m`.
    function slotOfItem(bytes32 key, uint256 e, uint256 m) internal pure returns (uint256 t) {
        uint256 k = domainBits(e);
        if (m >= e) revert SlotAllocationOutOfRange(m, e);
        t = m;
        do {
            t = _decrypt(key, t, k);
        } while (t >= e);
    }

    /// @notice Bits of the permuted domain for `e` slots: the smallest `k >= 2` with `2^k >= e`.
    function domainBits(uint256 e) internal pure returns (uint256 k) {
        if (e == 0 || e > MAX_SLOTS) revert SlotAllocationBadSlotCount(e);
        // The bit length of e - 1 (below 2^16) by halving steps of 8, 4 and 2 bits, then the last two bits
        // (bit length of v < 4 is (v > 0) + (v > 1)); at least 2 so that both halves are at least one bit wide.
        assembly ("memory-safe") {
            let v := sub(e, 1)
            k := shl(3, gt(v, 0xff))
            v := shr(k, v)
            let step := shl(2, gt(v, 0xf))
            v := shr(step, v)
            k := or(k, step)
            step := shl(1, gt(v, 0x3))
            v := shr(step, v)
            k := add(or(k, step), add(gt(v, 0), gt(v, 1)))
            if lt(k, 2) { k := 2 }
        }
    }

    // ------------------------------------------------------------------ internals

    function _put(Line storage line, uint256 level, uint256 pos, uint256 value) private {
        uint256 key = (level << 32) | (pos / FANOUT);
        line.words[key] |= value << (LANE_BITS * (pos % FANOUT));
    }

    /// @dev Number of items m in [0, e) with `m·total + u_m < bound` for a scaled bound `bound <= total·e`: every
    /// item of a stratum below `q = bound / total`, plus item `q` itself when its draw falls below the bound.
    function _itemsBelow(bytes32 key, uint256 total, uint256 e, uint256 bound) private pure returns (uint256) {
        uint256 q = bound / total;
        if (q >= e) return e;
        // q < e <= 2^16 and total < 2^24: no overflow.
        unchecked {
            return q * total + offset(key, total, q) < bound ? q + 1 : q;
        }
    }

    /// @dev Inverse pass of one walk step of {walk}: rounds ROUNDS-1..0 in pairs (odd, even), each taking x (right
    /// half `w` bits wide after an odd round, `s` after an even one) back to `(x xor F(i, r)) & mask << in | r` with
    /// `r` = the round's input right half. Scratch space 0x00-0x3f only (the round function's 64-byte input).
    function _decrypt(bytes32 key, uint256 x, uint256 k) private pure returns (uint256 y) {
        assembly ("memory-safe") {
            let sb := shr(1, k)
            let sa := sub(k, sb)
            let ma := sub(shl(sa, 1), 1)
            let mb := sub(shl(sb, 1), 1)
            mstore(0x00, key)
            y := x
            // i = the odd round's index << 32, from the last round down to round 1.
            for { let i := sub(_ROUND_TAG_END, 0x100000000) } 1 { i := sub(i, 0x200000000) } {
                // Odd round (input right half sa bits, output right half sb bits).
                let r := shr(sb, y)
                mstore(0x20, or(i, r))
                y := or(shl(sa, and(xor(y, keccak256(0x00, 0x40)), mb)), r)
                // Even round (input sb, output sa).
                r := shr(sa, y)
                mstore(0x20, or(sub(i, 0x100000000), r))
                y := or(shl(sb, and(xor(y, keccak256(0x00, 0x40)), ma)), r)
                if eq(i, 0x100000000) { break }
            }
        }
    }
}
