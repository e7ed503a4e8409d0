package dev.baton.client.auction;

/** An epoch's phase, as the auction reports it (same order as the Solidity enum). */
public enum EpochStatus {
    NOT_STARTED,
    BIDDING,
    AWAITING_SEAL,
    ELECTED,
    OPEN
}
