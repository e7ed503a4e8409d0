package dev.baton.errors;

/**
 * The node refused a transaction because its nonce was already used: the local nonce view must be
 * resynced.
 */
public final class NonceTooLowException extends TransportException {
    public NonceTooLowException(String nodeMessage, Integer rpcCode) {
        super("nonce too low: " + nodeMessage, false, rpcCode, null);
    }
}
