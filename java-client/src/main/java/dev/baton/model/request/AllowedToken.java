package dev.baton.model.request;

import java.math.BigInteger;
import java.util.Objects;

/**
 * An entry of JSON {@code allowed_tokens}: {@code {"sym": "ALT"}}, with Baton's optional {@code "weight"}.
 *
 * @param sym the token symbol, resolved to an address through the deployment manifest
 * @param weight stake weight per token unit (a stake of {@code a} counts {@code a * weight}); 1 when absent
 */
public record AllowedToken(String sym, BigInteger weight) {

    /** The weight of a token whose entry names none. */
    public static final BigInteger DEFAULT_WEIGHT = BigInteger.ONE;

    public AllowedToken {
        Objects.requireNonNull(sym, "sym");
        Objects.requireNonNull(weight, "weight");
    }

    /** A token with the default weight 1. */
    public static AllowedToken of(String sym) {
        return new AllowedToken(sym, DEFAULT_WEIGHT);
    }
}
