package dev.baton.tx;

import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.Objects;

/**
 * A message call: what {@code eth_call} and {@code eth_estimateGas} evaluate. {@code data} is 0x
 * hex calldata; {@code to} is null for a contract creation (then {@code data} is the init code).
 */
public record CallRequest(Address from, Address to, String data, Amount value) {
    public CallRequest {
        Objects.requireNonNull(data, "data");
        value = value == null ? Amount.ZERO : value;
    }
}
