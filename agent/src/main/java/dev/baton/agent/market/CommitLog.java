package dev.baton.agent.market;

import dev.baton.events.RawLog;
import dev.baton.market.Bytes32;
import dev.baton.types.Address;

/**
 * One {@code TranscriptCommitted} log: what the log itself says. Decoding it needs no further call,
 * so a reorganisation can always take it out again; the transcript's assignments are in its commit
 * transaction ({@link MarketReads#transcriptOf}).
 */
public record CommitLog(long height, Address proposer, Bytes32 blockCommitment, RawLog log) {}
