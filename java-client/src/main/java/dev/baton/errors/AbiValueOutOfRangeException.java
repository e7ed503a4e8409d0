package dev.baton.errors;

import java.math.BigInteger;

/**
 * A value does not fit the Solidity type of the field it is encoded into, e.g. 70,000 for a {@code
 * uint16}. Thrown before anything is encoded or sent; names the field, the value and the type's
 * range.
 */
public final class AbiValueOutOfRangeException extends BatonException {
    private final String field;
    private final BigInteger value;
    private final String solidityType;

    public AbiValueOutOfRangeException(
            String field, BigInteger value, String solidityType, BigInteger max) {
        super(field + " = " + value + " does not fit " + solidityType + " (0.." + max + ")");
        this.field = field;
        this.value = value;
        this.solidityType = solidityType;
    }

    /** The field being encoded, e.g. {@code SlotAuction Params.slotsPerEpoch}. */
    public String field() {
        return field;
    }

    public BigInteger value() {
        return value;
    }

    /** The field's Solidity type, e.g. {@code uint16}. */
    public String solidityType() {
        return solidityType;
    }
}
