package dev.baton.allocation;

import java.util.Arrays;

/**
 * An epoch's bid entries on the stake line, in bid order: entry {@code j} owns the units {@code
 * [C(j-1), C(j))} where {@code C} are the cumulative ends (as emitted in each {@code BidPlaced}
 * event) and {@code C(-1) = 0}. Immutable; the cumulative ends are strictly increasing and
 * positive.
 */
public final class StakeLine {
    private final long[] cumulativeEnds;

    private StakeLine(long[] cumulativeEnds) {
        this.cumulativeEnds = cumulativeEnds;
    }

    /** A line from the entries' cumulative ends (copied); each must exceed the previous one. */
    public static StakeLine ofCumulativeEnds(long... cumulativeEnds) {
        long[] ends = cumulativeEnds.clone();
        long previous = 0;
        for (int j = 0; j < ends.length; j++) {
            if (ends[j] <= previous) {
                throw new IllegalArgumentException(
                        "cumulative ends must increase: entry "
                                + j
                                + " ends at "
                                + ends[j]
                                + " after "
                                + previous);
            }
            previous = ends[j];
        }
        return new StakeLine(ends);
    }

    /** A line from the entries' stakes in units (each at least 1), appended in order. */
    public static StakeLine ofUnits(long... units) {
        long[] ends = new long[units.length];
        long total = 0;
        for (int j = 0; j < units.length; j++) {
            if (units[j] <= 0) {
                throw new IllegalArgumentException(
                        "entry " + j + " has " + units[j] + " units; need >= 1");
            }
            total = Math.addExact(total, units[j]);
            ends[j] = total;
        }
        return new StakeLine(ends);
    }

    /** Number of entries. */
    public int count() {
        return cumulativeEnds.length;
    }

    /** Total units {@code S} (zero for an empty line). */
    public long total() {
        return cumulativeEnds.length == 0 ? 0 : cumulativeEnds[cumulativeEnds.length - 1];
    }

    /** First unit of entry {@code j}. */
    public long start(int j) {
        return j == 0 ? 0 : cumulativeEnds[j - 1];
    }

    /** One past the last unit of entry {@code j} (its cumulative end). */
    public long end(int j) {
        return cumulativeEnds[j];
    }

    /** Units of entry {@code j}. */
    public long units(int j) {
        return end(j) - start(j);
    }

    /** The entry owning unit position {@code x}: the first {@code j} with {@code C(j) > x}. */
    public int entryAt(long x) {
        if (x < 0 || x >= total()) {
            throw new IllegalArgumentException(
                    "unit position " + x + " outside [0, " + total() + ")");
        }
        int lo = 0;
        int hi = cumulativeEnds.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulativeEnds[mid] > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /** A copy of the cumulative ends. */
    public long[] cumulativeEnds() {
        return cumulativeEnds.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StakeLine line
                && Arrays.equals(cumulativeEnds, line.cumulativeEnds);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(cumulativeEnds);
    }

    @Override
    public String toString() {
        return "StakeLine[entries=" + count() + ", total=" + total() + "]";
    }
}
