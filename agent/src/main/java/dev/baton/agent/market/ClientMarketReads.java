package dev.baton.agent.market;

import dev.baton.agent.runtime.SentTransactions;
import dev.baton.client.market.MarketParams;
import dev.baton.client.market.MarketView;
import dev.baton.client.market.PositionState;
import dev.baton.client.market.RoundState;
import dev.baton.client.market.TranscriptState;
import dev.baton.events.CursorOptions;
import dev.baton.events.EventDecoder;
import dev.baton.events.LogCursor;
import dev.baton.events.PositionStore;
import dev.baton.events.RawLog;
import dev.baton.internal.market.MarketCalldata;
import dev.baton.internal.market.MarketLogs;
import dev.baton.market.Transcript;
import dev.baton.tx.EthNode;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The market's reads over a node: views through {@link MarketView}, {@code TranscriptCommitted}
 * logs through the generated event definition and a reorg-aware {@link LogCursor}, each
 * transcript's assignments from its commit transaction's input, and the latest block's timestamp.
 */
public final class ClientMarketReads implements MarketReads, SentTransactions.OverNode {
    private static final Logger LOG = LoggerFactory.getLogger(ClientMarketReads.class);

    /** Decodes from the log alone, so a log a reorganisation removes always decodes again. */
    private static final EventDecoder<CommitLog> COMMIT_LOGS =
            new EventDecoder<>() {
                @Override
                public List<String> topic0s() {
                    return List.of(MarketLogs.TRANSCRIPT_COMMITTED_TOPIC);
                }

                @Override
                public Optional<CommitLog> decode(RawLog log) {
                    return MarketLogs.committed(log)
                            .map(
                                    c ->
                                            new CommitLog(
                                                    c.height(),
                                                    c.proposer(),
                                                    c.blockCommitment(),
                                                    log));
                }
            };

    private final Web3jNode node;
    private final MarketView view;
    private volatile MarketParams params;

    public ClientMarketReads(Web3jNode node, MarketView view) {
        this.node = node;
        this.view = view;
    }

    @Override
    public MarketParams params() {
        MarketParams p = params;
        if (p == null) {
            p = view.params(); // fixed at initialisation: read once
            params = p;
        }
        return p;
    }

    @Override
    public long headHeight() {
        return view.headHeight();
    }

    @Override
    public RoundState round(long height) {
        return view.round(height);
    }

    @Override
    public long latestTimestamp() {
        Object block = node.rawRequest("eth_getBlockByNumber", List.of("latest", false));
        if (!(block instanceof Map<?, ?> fields)
                || !(fields.get("timestamp") instanceof String hex)) {
            throw new IllegalStateException("the node returned no latest block");
        }
        return new BigInteger(hex.substring(2), 16).longValueExact();
    }

    @Override
    public TranscriptState transcript(Transcript t) {
        return view.transcript(t.height(), t.proposer(), t.blockCommitment());
    }

    @Override
    public PositionState position(Transcript t, int position) {
        return view.position(t.height(), t.proposer(), t.blockCommitment(), position);
    }

    @Override
    public LogCursor<CommitLog> commitLogs(long fromBlock) {
        return new LogCursor<>(
                node,
                List.of(view.market()),
                COMMIT_LOGS,
                CursorOptions.DEFAULT,
                PositionStore.inMemory(),
                fromBlock);
    }

    @Override
    public Optional<CommittedTranscript> transcriptOf(CommitLog log) {
        Object tx =
                node.rawRequest(
                        "eth_getTransactionByHash", List.of(log.log().transactionHash().hex()));
        if (!(tx instanceof Map<?, ?> fields) || !(fields.get("input") instanceof String input)) {
            return Optional.empty();
        }
        Optional<Transcript> transcript = MarketCalldata.committedTranscript(input, log.proposer());
        if (transcript.isEmpty()
                || transcript.get().height() != log.height()
                || !transcript.get().blockCommitment().equals(log.blockCommitment())) {
            LOG.warn(
                    "transcript {} at height {} was not committed by a direct call: its assignments are unknown",
                    log.blockCommitment(),
                    log.height());
            return Optional.empty();
        }
        return Optional.of(new CommittedTranscript(transcript.get(), log.log().blockNumber()));
    }

    @Override
    public EthNode node() {
        return node;
    }

    public Address market() {
        return view.market();
    }
}
