package dev.baton.errors;

import dev.baton.types.TxHash;

/**
 * Another transaction of the same account used this transaction's nonce, so this one can never be
 * mined.
 */
public final class TxReplacedException extends BatonException {
    private final TxHash hash;
    private final long nonce;

    public TxReplacedException(TxHash hash, long nonce) {
        super(
                "transaction "
                        + hash
                        + " was replaced: nonce "
                        + nonce
                        + " is used by another transaction");
        this.hash = hash;
        this.nonce = nonce;
    }

    public TxHash hash() {
        return hash;
    }

    public long nonce() {
        return nonce;
    }
}
