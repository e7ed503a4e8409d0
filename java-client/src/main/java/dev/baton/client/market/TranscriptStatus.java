package dev.baton.client.market;

/** Lifecycle of a committed transcript, in the contract's enum order. */
public enum TranscriptStatus {
    NONE,
    COMMITTED,
    REVEALED,
    PROVEN,
    INVALID,
    WON,
    UNCLE;

    /** The status the contract stores as {@code ordinal}. */
    public static TranscriptStatus of(int ordinal) {
        if (ordinal < 0 || ordinal >= values().length) {
            throw new IllegalStateException("unknown status " + ordinal);
        }
        return values()[ordinal];
    }
}
