package dev.baton.signer;

import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.ChainId;
import java.math.BigInteger;
import java.util.Objects;

/**
 * An EIP-1559 transaction ready to sign.
 *
 * @param to the callee; {@code null} only for contract creation
 * @param data calldata as 0x-prefixed hex
 */
public record UnsignedTransaction(
        ChainId chainId,
        long nonce,
        BigInteger maxPriorityFeePerGas,
        BigInteger maxFeePerGas,
        BigInteger gasLimit,
        Address to,
        Amount value,
        String data) {

    public UnsignedTransaction {
        Objects.requireNonNull(chainId, "chainId");
        if (nonce < 0) {
            throw new IllegalArgumentException("nonce must be >= 0, was " + nonce);
        }
        Objects.requireNonNull(maxPriorityFeePerGas, "maxPriorityFeePerGas");
        Objects.requireNonNull(maxFeePerGas, "maxFeePerGas");
        Objects.requireNonNull(gasLimit, "gasLimit");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(data, "data");
        if (maxPriorityFeePerGas.compareTo(maxFeePerGas) > 0) {
            throw new IllegalArgumentException(
                    "maxPriorityFeePerGas "
                            + maxPriorityFeePerGas
                            + " exceeds maxFeePerGas "
                            + maxFeePerGas);
        }
    }

    /** The same transaction under another nonce (after a nonce resync). */
    public UnsignedTransaction withNonce(long newNonce) {
        return new UnsignedTransaction(
                chainId, newNonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data);
    }
}
