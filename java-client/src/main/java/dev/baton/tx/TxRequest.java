package dev.baton.tx;

import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A contract call to send as a transaction.
 *
 * @param gasLimit fixed gas limit, or {@code null} to estimate (plus the margin)
 */
public record TxRequest(Address to, String data, Amount value, BigInteger gasLimit) {
    public TxRequest {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(data, "data");
        value = value == null ? Amount.ZERO : value;
    }

    public static TxRequest call(Address to, String data) {
        return new TxRequest(to, data, Amount.ZERO, null);
    }
}
