package dev.baton.errors;

import dev.baton.types.TxHash;

/**
 * No receipt (or not enough confirmations) within the timeout. The transaction may still be mined
 * later.
 */
public final class TxTimeoutException extends BatonException {
    private final TxHash hash;

    public TxTimeoutException(TxHash hash, String detail) {
        super("transaction " + hash + " not confirmed in time: " + detail);
        this.hash = hash;
    }

    public TxHash hash() {
        return hash;
    }
}
