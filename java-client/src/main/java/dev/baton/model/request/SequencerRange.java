package dev.baton.model.request;

/**
 * JSON {@code nb_sequencers}: how many sequencers the rollup wants. A single figure such as the
 * seed's {@code "3"} means exactly that many (min = max), as the registry contract reads it; the
 * object form {@code {"min": "1", "max": "3"}} sets both bounds, and {@code "max": "unlimited"}
 * (stored as {@link #NO_SEQUENCER_CAP}) sets no cap. The slot auction does not elect an epoch with
 * fewer than {@code min} distinct bidders (it runs in open mode instead); its cap is by stake
 * (MECHANISM.md §3.4a): only the {@code max} largest sequencer totals hold slots, which the
 * contract can keep for at most {@link #MAX_CAPPED_SEQUENCERS}, so it accepts only 1..4 or no cap
 * ({@link #slotAuctionAccepts}).
 *
 * @param min the minimum, at least 1
 * @param max the maximum, at least {@code min}
 */
public record SequencerRange(long min, long max) {

    /** The largest figure the contract stores (uint32). */
    public static final long MAX_VALUE = 0xFFFF_FFFFL;

    /**
     * The slot auction's "no cap" ({@code SlotAuctionViews.NO_SEQUENCER_CAP}, 2^32 - 1): every
     * bidder may hold slots. Written {@value #UNLIMITED} in a request.
     */
    public static final long NO_SEQUENCER_CAP = MAX_VALUE;

    /** The largest cap the slot auction enforces by stake ({@code MAX_CAPPED_SEQUENCERS}). */
    public static final long MAX_CAPPED_SEQUENCERS = 4;

    /** The request word for {@link #NO_SEQUENCER_CAP}. */
    public static final String UNLIMITED = "unlimited";

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

    /** At least {@code min} sequencers, no cap. */
    public static SequencerRange atLeast(long min) {
        return new SequencerRange(min, NO_SEQUENCER_CAP);
    }

    /** Whether min = max, written back as a single figure. */
    public boolean isExact() {
        return min == max;
    }

    /** Whether {@code max} is "no cap". */
    public boolean isUnlimited() {
        return max == NO_SEQUENCER_CAP;
    }

    /** {@code max} as a request writes it: a decimal figure, or {@value #UNLIMITED}. */
    public String maxText() {
        return isUnlimited() ? UNLIMITED : Long.toString(max);
    }

    /**
     * Whether the slot auction accepts {@code max} as its cap: 1..{@value #MAX_CAPPED_SEQUENCERS}
     * (enforced by stake) or {@link #NO_SEQUENCER_CAP}. Any other cap could only be enforced by
     * arrival, so that the first bidders capture the epoch; the contract refuses it ({@code
     * SlotAuctionInvalidParameter(14, max)}).
     */
    public static boolean slotAuctionAccepts(long max) {
        return (max >= 1 && max <= MAX_CAPPED_SEQUENCERS) || max == NO_SEQUENCER_CAP;
    }

    /** Why the slot auction refuses {@code max}, for a problem report. */
    static String slotAuctionRefusal(long max) {
        return "the slot auction's cap must be 1.."
                + MAX_CAPPED_SEQUENCERS
                + " (held by stake) or \""
                + UNLIMITED
                + "\" ("
                + NO_SEQUENCER_CAP
                + ", no cap), was "
                + max
                + ": a larger cap could only be enforced by arrival, letting the first bidders"
                + " take the epoch (MECHANISM.md §3.4a)";
    }
}
