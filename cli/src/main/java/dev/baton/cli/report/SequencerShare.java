package dev.baton.cli.report;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * One sequencer's stake share against the slots it won. The allocation gives each bid entry between
 * {@code ⌊s·e⌋} and {@code ⌈s·e⌉} slots (the concentration bounds) and {@code s·e} in expectation.
 *
 * @param sequencer participant name
 * @param stake its bid, in tokens
 * @param stakeShare s, its bid over the epoch's total
 * @param slotsWon slots it was allocated
 * @param expected s·e
 * @param floor ⌊s·e⌋
 * @param ceil ⌈s·e⌉
 */
public record SequencerShare(
        String sequencer,
        BigDecimal stake,
        double stakeShare,
        int slotsWon,
        double expected,
        int floor,
        int ceil) {

    /**
     * Computes share, expectation and bounds from the bid, the epoch's total bid and the epoch
     * length.
     */
    public static SequencerShare of(
            String sequencer, BigDecimal stake, BigDecimal totalStake, int slots, int slotsWon) {
        if (totalStake.signum() <= 0) {
            throw new IllegalArgumentException("totalStake must be positive, was " + totalStake);
        }
        BigDecimal share = stake.divide(totalStake, MathContext.DECIMAL64);
        BigDecimal expected = share.multiply(BigDecimal.valueOf(slots));
        // floor/ceil from the exact rational stake·e/total, so 1/3 of 3 slots is exactly 1, not
        // 0.999…
        BigDecimal[] quotient =
                stake.multiply(BigDecimal.valueOf(slots)).divideAndRemainder(totalStake);
        int floor = quotient[0].intValueExact();
        int ceil = quotient[1].signum() == 0 ? floor : floor + 1;
        return new SequencerShare(
                sequencer,
                stake,
                share.doubleValue(),
                slotsWon,
                expected.doubleValue(),
                floor,
                ceil);
    }

    /** Whether the slots won respect the concentration bounds. */
    public boolean withinBounds() {
        return slotsWon >= floor && slotsWon <= ceil;
    }
}
