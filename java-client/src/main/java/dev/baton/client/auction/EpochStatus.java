package dev.baton.client.auction;

/** An epoch's phase, as the auction reports it (same order as the Solidity enum). */
public enum EpochStatus {
    NOT_STARTED,
    BIDDING,
    AWAITING_SEAL,
    ELECTED,
    OPEN;

    static EpochStatus ofOrdinal(int ordinal) {
        EpochStatus[] all = values();
        if (ordinal < 0 || ordinal >= all.length) throw new IllegalStateException("unknown epoch status " + ordinal);
        return all[ordinal];
    }
}
