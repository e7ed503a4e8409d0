package dev.baton.tx;

import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.util.Objects;

/**
 * A contract call to send as a transaction, or a contract creation ({@code to} null, {@code data}
 * the init code).
 *
 * @param to the callee; {@code null} only for a contract creation ({@link #create})
 * @param gasLimit fixed gas limit, or {@code null} to estimate (plus the margin)
 */
public record TxRequest(Address to, String data, Amount value, BigInteger gasLimit) {
    public TxRequest {
        Objects.requireNonNull(data, "data");
        value = value == null ? Amount.ZERO : value;
    }

    public static TxRequest call(Address to, String data) {
        return new TxRequest(Objects.requireNonNull(to, "to"), data, Amount.ZERO, null);
    }

    /**
     * A contract creation: {@code initCode} is the creation bytecode followed by the encoded
     * constructor arguments.
     */
    public static TxRequest create(String initCode) {
        return new TxRequest(null, initCode, Amount.ZERO, null);
    }

    public boolean isCreation() {
        return to == null;
    }
}
