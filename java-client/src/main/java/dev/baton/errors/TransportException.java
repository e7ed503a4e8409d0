package dev.baton.errors;

/**
 * The node could not be reached or refused a request for a reason other than a revert. {@link
 * #isTransient()} says whether retrying may help (connection refused, timeout, rate limit) or not
 * (bad request, rejected transaction).
 */
public class TransportException extends BatonException {
    private final boolean transientFailure;
    private final Integer rpcCode;

    public TransportException(
            String message, boolean transientFailure, Integer rpcCode, Throwable cause) {
        super(message, cause);
        this.transientFailure = transientFailure;
        this.rpcCode = rpcCode;
    }

    public static TransportException transientFailure(String message, Throwable cause) {
        return new TransportException(message, true, null, cause);
    }

    public static TransportException permanent(String message, Integer rpcCode) {
        return new TransportException(message, false, rpcCode, null);
    }

    public boolean isTransient() {
        return transientFailure;
    }

    /** The JSON-RPC error code, when the node answered with one. */
    public Integer rpcCode() {
        return rpcCode;
    }
}
