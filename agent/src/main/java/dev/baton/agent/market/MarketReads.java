package dev.baton.agent.market;

import dev.baton.agent.runtime.SentTransactions;
import dev.baton.client.market.MarketParams;
import dev.baton.client.market.PositionState;
import dev.baton.client.market.RoundState;
import dev.baton.client.market.TranscriptState;
import dev.baton.market.Transcript;
import java.util.List;

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
     * Transcripts committed in blocks {@code from..to} inclusive, read back from their commit
     * transactions.
     */
    List<CommittedTranscript> committed(long from, long to);
}
