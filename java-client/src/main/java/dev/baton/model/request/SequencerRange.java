package dev.baton.model.request;

/**
 * JSON {@code nb_sequencers}: how many sequencers the rollup wants. A single figure such as the
 * seed's {@code "3"} means exactly that many (min = max), as the registry contract reads it; the
 * object form {@code {"min": "1", "max": "3"}} sets both bounds. The slot auction does not elect an
 * epoch with fewer than {@code min} distinct bidders (it runs in open mode instead) and accepts at
 * most {@code max} distinct bidders.
 *
 * @param min the minimum, at least 1
 * @param max the maximum, at least {@code min}
 */
public record SequencerRange(long min, long max) {

    /** The largest figure the contract stores (uint32). */
    public static final long MAX_VALUE = 0xFFFF_FFFFL;

    public SequencerRange {
        if (min < 1 || max > MAX_VALUE || min > max) {
            throw new IllegalArgumentException(
                    "nb_sequencers needs 1 <= min <= max <= "
                            + MAX_VALUE
                            + ", was min "
                            + min
                            + " max "
                            + max);
        }
    }

    /** Exactly {@code count} sequencers. */
    public static SequencerRange exactly(long count) {
        return new SequencerRange(count, count);
    }

    /** Whether min = max, written back as a single figure. */
    public boolean isExact() {
        return min == max;
    }
}
