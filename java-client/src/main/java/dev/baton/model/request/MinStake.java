package dev.baton.model.request;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An entry of JSON {@code min_stake_per_seq}: {@code {"sym": "ALT", "val": "100"}}, with Baton's
 * optional {@code "weight"} (as the registry's README places it).
 *
 * @param sym the token symbol; must be one of {@code allowed_tokens}
 * @param val the minimum stake a sequencer commits, in whole tokens ({@code "100"} is {@code 100 *
 *     10^decimals} token units; the token's {@code decimals()} is read at registration); positive,
 *     fractions allowed
 * @param weight stake weight per token unit (a stake of {@code a} units counts {@code a * weight});
 *     1 when absent
 */
public record MinStake(String sym, BigDecimal val, BigInteger weight) {

    /** The weight of a token whose entry names none. */
    public static final BigInteger DEFAULT_WEIGHT = BigInteger.ONE;

    public MinStake {
        Objects.requireNonNull(sym, "sym");
        Objects.requireNonNull(val, "val");
        Objects.requireNonNull(weight, "weight");
        // One value, one representation: "100", "100.0" and "1E+2" are the same stake.
        val = val.signum() == 0 ? BigDecimal.ZERO : val.stripTrailingZeros();
        if (val.scale() < 0) {
            val = val.setScale(0);
        }
    }

    /** An entry with the default weight 1. */
    public static MinStake of(String sym, String val) {
        return new MinStake(sym, new BigDecimal(val), DEFAULT_WEIGHT);
    }

    /**
     * {@code val} in token units for a token with {@code decimals}; empty when it has finer
     * fractions.
     */
    public java.util.Optional<BigInteger> inUnits(int decimals) {
        try {
            return java.util.Optional.of(val.movePointRight(decimals).toBigIntegerExact());
        } catch (ArithmeticException e) {
            return java.util.Optional.empty();
        }
    }
}
