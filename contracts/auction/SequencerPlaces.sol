// SPDX-License-Identifier: Apache-2.0
pragma solidity 0.8.30;

/// @title SequencerPlaces
/// @notice The places of an epoch's cap by stake (MECHANISM.md §3.4a; design in contracts/auction/README.md,
/// "Proposal: cap by stake"): at most `cap <= MAX_PLACES` sequencers hold a place, each place holds its sequencer's
/// total for the epoch, and a newcomer whose first bid exceeds the smallest total takes that place. Everything is
/// pure over one packed value, so a caller keeps it wherever it has room (the auction's epoch word while bids are
/// open) and every operation is `O(cap)` in memory, flat in the number of bidders.
/// @dev Layout of `places`: lane `p` (bits `24p .. 24p + 23`, `p < MAX_PLACES`) is place `p`'s total in stake
/// units; 0 marks a free place (a bid has at least one unit). Places are taken in order and a displaced place is
/// reused, so the taken places are always `0 .. count - 1`. The prefix form (see {prefixSums}) has in lane `p` the
/// cumulative end `P_p` of place `p` on the epoch's place line (`P_{-1} = 0`).
library SequencerPlaces {
    /// @notice Largest cap the packed form holds (8 lanes of 24 bits: the 192 bits an epoch word has free while bids
    /// are open).
    uint256 internal constant MAX_PLACES = 8;
    /// @notice Bits per lane.
    uint256 internal constant LANE_BITS = 24;
    /// @notice Largest total a place (or the whole line) can hold.
    uint256 internal constant MAX_LANE = 0xffffff;
    /// @notice Bits per lane of the entry counts (see {takeEntry}).
    uint256 internal constant COUNT_BITS = 12;
    /// @notice Largest number of entries a place can hold (the largest per-place quota).
    uint256 internal constant MAX_QUOTA = 0xfff;

    /// @dev A 1 at the bottom of each of the 8 lanes.
    uint256 private constant _ONES = 0x000001000001000001000001000001000001000001000001;
    /// @dev The even lanes (0, 2, 4, 6), 24 bits each at a 48-bit spacing.
    uint256 private constant _EVEN_LANES = 0x000000ffffff000000ffffff000000ffffff000000ffffff;
    /// @dev A 1 at the bottom of each 48-bit lane: the sum of the four lands in bits 144-191.
    uint256 private constant _WIDE_ONES = 0x000000000001000000000001000000000001000000000001;

    /// @notice A newcomer's bid does not exceed the smallest total of a full set of places.
    /// @param units The newcomer's bid in stake units.
    /// @param cut The smallest total held (a bid must be strictly above it).
    error SequencerPlacesBelowCut(uint256 units, uint256 cut);
    /// @notice The cap is zero or above MAX_PLACES.
    error SequencerPlacesBadCap(uint256 cap, uint256 maxPlaces);
    /// @notice A place number at or above the cap, or a free place.
    error SequencerPlacesNotTaken(uint256 place);
    /// @notice A total (or the sum of all totals) would not fit a lane.
    error SequencerPlacesOverflow(uint256 total, uint256 max);
    /// @notice Place `place` already holds `quota` entries (the per-place share of `maxEntries`).
    error SequencerPlacesEntriesFull(uint256 place, uint256 quota);

    /// @notice Total of place `p` (0 when free).
    function totalOf(uint256 places, uint256 p) internal pure returns (uint256 total) {
        // A shift of a lane number (callers pass p < 2^248 / 24 in practice; a larger shift reads 0) cannot wrap.
        unchecked {
            total = (places >> (LANE_BITS * p)) & MAX_LANE;
        }
    }

    /// @notice Number of places taken (they are `0 .. count - 1`).
    function count(uint256 places, uint256 cap) internal pure returns (uint256 n) {
        // Bounded by cap <= MAX_PLACES.
        while (n < cap && totalOf(places, n) != 0) ++n;
    }

    /// @notice Adds `units` to the taken place `p` (a placed sequencer's later bid).
    function add(uint256 places, uint256 cap, uint256 p, uint256 units) internal pure returns (uint256) {
        uint256 current = p < cap ? totalOf(places, p) : 0;
        if (current == 0) revert SequencerPlacesNotTaken(p);
        uint256 next = current + units;
        if (next > MAX_LANE) revert SequencerPlacesOverflow(next, MAX_LANE);
        return _set(places, p, next);
    }

    /// @notice Places a newcomer bidding `units`: the first free place, or else the place with the smallest total
    /// (the lowest such place on a tie) when `units` exceeds it; reverts with {SequencerPlacesBelowCut} otherwise.
    /// @return next The places with the newcomer's total in its place.
    /// @return place The place taken.
    /// @return displaced The total of the displaced sequencer (0 when the place was free).
    function admit(uint256 places, uint256 cap, uint256 units)
        internal
        pure
        returns (uint256 next, uint256 place, uint256 displaced)
    {
        uint256 cut;
        (next, place, displaced, cut) = tryAdmit(places, cap, units);
        if (place == MAX_PLACES) revert SequencerPlacesBelowCut(units, cut);
    }

    /// @notice As {admit}, but a bid not above the cut returns `place = MAX_PLACES` and the cut instead of
    /// reverting, so a caller can revert with its own error (the auction names the epoch).
    /// @return next The places with the newcomer's total in its place (unchanged when refused).
    /// @return place The place taken, or MAX_PLACES when refused.
    /// @return displaced The total of the displaced sequencer (0 when the place was free).
    /// @return cut The smallest total of a full set of places (0 when a place was free).
    function tryAdmit(uint256 places, uint256 cap, uint256 units)
        internal
        pure
        returns (uint256 next, uint256 place, uint256 displaced, uint256 cut)
    {
        if (cap == 0 || cap > MAX_PLACES) revert SequencerPlacesBadCap(cap, MAX_PLACES);
        if (units == 0 || units > MAX_LANE) revert SequencerPlacesOverflow(units, MAX_LANE);
        cut = type(uint256).max;
        // Bounded by cap <= MAX_PLACES: the first free lane, else the smallest.
        for (uint256 p; p < cap; ++p) {
            uint256 t = totalOf(places, p);
            if (t == 0) return (_set(places, p, units), p, 0, 0);
            if (t < cut) {
                cut = t;
                place = p;
            }
        }
        if (units <= cut) return (places, MAX_PLACES, 0, cut);
        return (_set(places, place, units), place, cut, cut);
    }

    /// @notice The place line: lane `p` becomes the cumulative end `P_p` of places `0 .. p` (free lanes repeat the
    /// previous end, so no position falls on them). Lanes at or above `cap` must be free (as {admit} keeps them).
    function prefixSums(uint256 places, uint256 cap) internal pure returns (uint256 prefix) {
        if (cap == 0 || cap > MAX_PLACES) revert SequencerPlacesBadCap(cap, MAX_PLACES);
        // The sum of all lanes without carries: even and odd lanes added into 48-bit lanes (each at most 2^25), then
        // the four 48-bit lanes summed by one multiplication into the top one (at most 2^27: no carry).
        // The product's bits above 256 (higher partial sums) are not needed, so it wraps on purpose.
        uint256 sum;
        unchecked {
            uint256 pairs = (places & _EVEN_LANES) + ((places >> LANE_BITS) & _EVEN_LANES);
            sum = ((pairs * _WIDE_ONES) >> 144) & 0xffffffffffff;
        }
        if (sum > MAX_LANE) revert SequencerPlacesOverflow(sum, MAX_LANE);
        // Every prefix is at most the sum, below 2^24: multiplying by a 1 in each lane adds each lane into every
        // higher one without carries; lanes above cap (and the product's bits above 192) are masked off.
        unchecked {
            prefix = (places * _ONES) & ((uint256(1) << (LANE_BITS * cap)) - 1);
        }
    }

    /// @notice The place owning position `x` of the place line (`P_{p-1} <= x < P_p`); `x` must be below the total.
    /// @return place The place.
    /// @return start Its first position, `P_{place-1}`.
    function placeAt(uint256 prefix, uint256 cap, uint256 x) internal pure returns (uint256 place, uint256 start) {
        // Bounded by cap <= MAX_PLACES; the place ends increase weakly, so the first end above x is the owner.
        for (; place < cap; ++place) {
            uint256 end = totalOf(prefix, place);
            if (x < end) return (place, start);
            start = end;
        }
        revert SequencerPlacesNotTaken(place);
    }

    /// @notice Highest total, highest total of any other sequencer (including the largest displaced total
    /// `displacedMax`: a displaced bid was made by another party), and the place of the highest (lowest place on a
    /// tie; the tie then makes the second equal to the first). `displacedMax` never exceeds the smallest total held:
    /// that smallest total only grows (totals grow, a displacement replaces the smallest by a larger one).
    function topTwo(uint256 places, uint256 cap, uint256 displacedMax)
        internal
        pure
        returns (uint256 top1, uint256 top2, uint256 topPlace)
    {
        top2 = displacedMax;
        // Bounded by cap <= MAX_PLACES.
        for (uint256 p; p < cap; ++p) {
            uint256 t = totalOf(places, p);
            if (t > top1) {
                if (top1 > top2) top2 = top1;
                top1 = t;
                topPlace = p;
            } else if (t > top2) {
                top2 = t;
            }
        }
    }

    // ------------------------------------------------------------------ entry counts per place

    /// @notice Entries held by place `p` in `counts` (lane `p`, bits `12p .. 12p + 11`).
    function entriesOf(uint256 counts, uint256 p) internal pure returns (uint256 n) {
        // p < MAX_PLACES: the shift stays below 96.
        unchecked {
            n = (counts >> (COUNT_BITS * p)) & MAX_QUOTA;
        }
    }

    /// @notice Takes the next entry number inside place `p` (its entry count before the call), at most `quota`
    /// (<= MAX_QUOTA) per place; with `fresh` (the place was just taken by {admit}, so a displaced occupant's count
    /// is dropped) the count restarts at 0. Entry numbers `p · quota + index` then never exceed `cap · quota`, and a
    /// displaced occupant's words above the new count are never valid (see contracts/auction/README.md).
    function takeEntry(uint256 counts, uint256 p, uint256 quota, bool fresh)
        internal
        pure
        returns (uint256 next, uint256 index)
    {
        if (p >= MAX_PLACES) revert SequencerPlacesNotTaken(p);
        index = fresh ? 0 : entriesOf(counts, p);
        if (index >= quota || index >= MAX_QUOTA) revert SequencerPlacesEntriesFull(p, quota);
        // p < MAX_PLACES and index + 1 <= MAX_QUOTA: the lane is rewritten in place within 96 bits.
        unchecked {
            uint256 shift = COUNT_BITS * p;
            next = (counts & ~(MAX_QUOTA << shift)) | ((index + 1) << shift);
        }
    }

    function _set(uint256 places, uint256 p, uint256 value) private pure returns (uint256) {
        // p < MAX_PLACES and value <= MAX_LANE (checked by the callers): the shift and the lane stay in 192 bits.
        unchecked {
            uint256 shift = LANE_BITS * p;
            return (places & ~(MAX_LANE << shift)) | (value << shift);
        }
    }
}
