package dev.baton.errors;

/** The node serves another chain than the deployment manifest (or the signer) expects. */
public final class ChainIdMismatchException extends BatonException {
    private final long expected;
    private final long actual;

    public ChainIdMismatchException(String what, long expected, long actual) {
        super(what + " expects chain id " + expected + " but the node reports " + actual);
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
