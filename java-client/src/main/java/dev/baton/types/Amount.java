package dev.baton.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;

/** A token or ether amount in the smallest unit: a non-negative integer that fits in a uint256. */
public record Amount(BigInteger value) implements Comparable<Amount> {
    public static final BigInteger MAX_UINT256 =
            BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);
    public static final Amount ZERO = new Amount(BigInteger.ZERO);

    public Amount {
        if (value == null) {
            throw new IllegalArgumentException("amount is missing");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("amount must be >= 0, was " + value);
        }
        if (value.compareTo(MAX_UINT256) > 0) {
            throw new IllegalArgumentException("amount exceeds uint256: " + value);
        }
    }

    public static Amount of(long value) {
        return new Amount(BigInteger.valueOf(value));
    }

    /** In JSON an amount is a plain integer in the smallest unit. */
    @JsonValue
    @Override
    public BigInteger value() {
        return value;
    }

    @JsonCreator
    public static Amount of(BigInteger value) {
        return new Amount(value);
    }

    /**
     * Parses a plain decimal integer in the smallest unit, e.g. {@code "1000000"}; {@code field}
     * names the input in errors.
     */
    public static Amount parse(String field, String text) {
        return parse(field, text, 0);
    }

    /**
     * Parses a decimal in whole tokens with {@code decimals} fractional digits, e.g. {@code "1.5"}
     * with 18 decimals is 1.5e18 units. More fractional digits than the token has is an error,
     * never a silent rounding.
     */
    public static Amount parse(String field, String text, int decimals) {
        if (decimals < 0 || decimals > 77) {
            throw new IllegalArgumentException("token decimals must be 0..77, was " + decimals);
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": amount is missing");
        }
        BigDecimal decimal;
        try {
            decimal = new BigDecimal(text.strip().replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": '" + text + "' is not a decimal number");
        }
        BigDecimal scaled = decimal.movePointRight(decimals);
        BigInteger units;
        try {
            units = scaled.toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(
                    field + ": '" + text + "' has more than " + decimals + " fractional digits");
        }
        try {
            return new Amount(units);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage());
        }
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public Amount plus(Amount other) {
        return new Amount(value.add(other.value));
    }

    public Amount minus(Amount other) {
        return new Amount(value.subtract(other.value));
    }

    @Override
    public int compareTo(Amount other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
