package dev.baton.agent.market;

import dev.baton.agent.runtime.SentTransactions;
import dev.baton.client.market.MarketParams;
import dev.baton.client.market.PositionState;
import dev.baton.client.market.RoundState;
import dev.baton.client.market.TranscriptState;
import dev.baton.events.LogCursor;
import dev.baton.market.Transcript;
import java.util.Optional;

/**
 * What the market agents read from the chain; the market's views read the node's pending block (so
 * a transaction in the pool already counts), the timestamp is the latest block's. {@link
 * ClientMarketReads} is the real one, unit tests use a fake.
 */
public interface MarketReads extends SentTransactions {
    MarketParams params();

    /** The last finalised height. */
    long headHeight();

    RoundState round(long height);

    /**
     * The latest block's timestamp in seconds: a window that ended by it is over for the next block
     * too.
     */
    long latestTimestamp();

    TranscriptState transcript(Transcript transcript);

    PositionState position(Transcript transcript, int position);

    /**
     * A reorg-aware cursor over the market's {@code TranscriptCommitted} logs from {@code
     * fromBlock}: every commit of the canonical chain is delivered once, and one a reorganisation
     * abandons is delivered again as removed. Its position is kept in memory; the caller persists
     * its own restart point.
     */
    LogCursor<CommitLog> commitLogs(long fromBlock);

    /**
     * The transcript {@code log} announces, read back from its commit transaction; empty when it
     * was not committed by a direct call (its assignments are then unknown) or is gone.
     */
    Optional<CommittedTranscript> transcriptOf(CommitLog log);
}
