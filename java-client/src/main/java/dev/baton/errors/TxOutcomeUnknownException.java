package dev.baton.errors;

import dev.baton.types.TxHash;

/**
 * A signed transaction was handed to the node, but neither the answer nor any later lookup by its
 * hash could tell whether the node has it (the node stayed unreachable). Not transient: a blind
 * retry could execute it twice. Its nonce stays spent so nothing else can take it; the transaction
 * may still execute, exactly once: ask for {@link #hash()} before doing the operation again.
 */
public final class TxOutcomeUnknownException extends TransportException {
    private final TxHash hash;
    private final long nonce;

    public TxOutcomeUnknownException(TxHash hash, long nonce, Throwable cause) {
        super(
                "transaction "
                        + hash
                        + " (nonce "
                        + nonce
                        + ") may or may not have reached the node: "
                        + cause.getMessage()
                        + "; look it up by its hash before sending the operation again",
                true,
                null,
                cause);
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
