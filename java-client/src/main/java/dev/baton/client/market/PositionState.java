package dev.baton.client.market;

/**
 * One assignment of a transcript: whether its part was in the proof, and whether it is settled
 * (paid, slashed or disputed).
 */
public record PositionState(boolean contributed, boolean settled) {}
