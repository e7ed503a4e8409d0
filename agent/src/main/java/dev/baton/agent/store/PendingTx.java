package dev.baton.agent.store;

import dev.baton.types.TxHash;

/**
 * A transaction an agent sent for a duty and has not yet seen mined: the duty's key (e.g. {@code
 * seal epoch 3}), the hash, and the head block when it was sent.
 */
public record PendingTx(String duty, TxHash hash, long sentAtBlock) {
    public PendingTx {
        if (duty == null || duty.isBlank()) {
            throw new IllegalArgumentException("pending transaction without a duty");
        }
        if (hash == null) {
            throw new IllegalArgumentException(
                    "pending transaction of '" + duty + "' without a hash");
        }
    }
}
