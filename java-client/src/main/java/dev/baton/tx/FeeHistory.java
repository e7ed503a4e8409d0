package dev.baton.tx;

import java.math.BigInteger;
import java.util.List;

/**
 * One {@code eth_feeHistory} answer: base fees of the sampled blocks plus the next block's (last
 * element), and per block the priority-fee reward at the requested percentile (empty when the node
 * gave none).
 */
public record FeeHistory(List<BigInteger> baseFeePerGas, List<BigInteger> rewards) {
    public FeeHistory {
        baseFeePerGas = List.copyOf(baseFeePerGas);
        rewards = List.copyOf(rewards);
        if (baseFeePerGas.isEmpty()) {
            throw new IllegalArgumentException("fee history without base fees");
        }
    }

    /** The base fee of the block after the newest sampled one. */
    public BigInteger nextBaseFee() {
        return baseFeePerGas.get(baseFeePerGas.size() - 1);
    }
}
