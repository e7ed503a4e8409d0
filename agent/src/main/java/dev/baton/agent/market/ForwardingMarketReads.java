package dev.baton.agent.market;

import dev.baton.client.market.MarketParams;
import dev.baton.client.market.PositionState;
import dev.baton.client.market.RoundState;
import dev.baton.client.market.TranscriptState;
import dev.baton.events.LogCursor;
import dev.baton.market.Transcript;
import dev.baton.types.TxHash;
import java.util.Optional;

/**
 * A market agent's chain whose reads are another {@link MarketReads}'s: the keeper's and the
 * prover's chains add their own sends to the same reads, so the forwarding is written once here.
 */
public abstract class ForwardingMarketReads implements MarketReads {
    private final MarketReads reads;

    protected ForwardingMarketReads(MarketReads reads) {
        this.reads = reads;
    }

    @Override
    public MarketParams params() {
        return reads.params();
    }

    @Override
    public long headHeight() {
        return reads.headHeight();
    }

    @Override
    public RoundState round(long height) {
        return reads.round(height);
    }

    @Override
    public long latestTimestamp() {
        return reads.latestTimestamp();
    }

    @Override
    public TranscriptState transcript(Transcript t) {
        return reads.transcript(t);
    }

    @Override
    public PositionState position(Transcript t, int position) {
        return reads.position(t, position);
    }

    @Override
    public LogCursor<CommitLog> commitLogs(long fromBlock) {
        return reads.commitLogs(fromBlock);
    }

    @Override
    public Optional<CommittedTranscript> transcriptOf(CommitLog log) {
        return reads.transcriptOf(log);
    }

    @Override
    public Optional<Boolean> outcome(TxHash hash) {
        return reads.outcome(hash);
    }

    @Override
    public boolean isKnown(TxHash hash) {
        return reads.isKnown(hash);
    }
}
