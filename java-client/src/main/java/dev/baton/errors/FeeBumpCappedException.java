package dev.baton.errors;

import java.math.BigInteger;

/**
 * A replacement needs a fee above the operator's cap on maxFeePerGas (nodes require each fee field
 * +10 %).
 */
public final class FeeBumpCappedException extends BatonException {
    private final BigInteger needed;
    private final BigInteger cap;

    public FeeBumpCappedException(BigInteger needed, BigInteger cap) {
        super(
                "a replacement needs "
                        + needed
                        + " wei/gas, above the operator fee cap "
                        + cap
                        + " wei/gas");
        this.needed = needed;
        this.cap = cap;
    }

    public BigInteger needed() {
        return needed;
    }

    public BigInteger cap() {
        return cap;
    }
}
