package dev.baton.tx;

import java.time.Duration;

/**
 * What the receipt waiter does with a transaction that stays unmined although the node still has it
 * (a fee below what blocks include): nothing ({@link #WAIT}), or replace it by fee after {@code
 * after}, at most {@code maxReplacements} times, each bump raising both fee fields by at least 10 %
 * and never above the fee cap.
 */
public record StuckPolicy(Duration after, int maxReplacements) {
    public static final StuckPolicy WAIT = new StuckPolicy(Duration.ofDays(365), 0);

    public StuckPolicy {
        if (after == null || after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("stuck policy 'after' must be positive");
        }
        if (maxReplacements < 0) {
            throw new IllegalArgumentException(
                    "stuck policy 'maxReplacements' must be >= 0, was " + maxReplacements);
        }
    }

    public static StuckPolicy replaceAfter(Duration after, int maxReplacements) {
        return new StuckPolicy(after, maxReplacements);
    }

    public boolean replaces() {
        return maxReplacements > 0;
    }
}
