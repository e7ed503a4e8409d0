package dev.baton.errors;

import dev.baton.types.TxHash;

/**
 * A transaction was mined but failed, and replaying it on the state before its block gives no
 * revert reason (it ran out of gas, or the state it depended on changed inside its block). Its
 * nonce is spent; it executed once.
 */
public final class TxFailedOnChainException extends BatonException {
    private final TxHash hash;
    private final long blockNumber;

    public TxFailedOnChainException(TxHash hash, long blockNumber) {
        super(
                "transaction "
                        + hash
                        + " failed on chain in block "
                        + blockNumber
                        + " (no revert reason on replay)");
        this.hash = hash;
        this.blockNumber = blockNumber;
    }

    public TxHash hash() {
        return hash;
    }

    public long blockNumber() {
        return blockNumber;
    }
}
