package dev.baton.agent.market;

import dev.baton.agent.runtime.SentTransactions;
import dev.baton.client.market.MarketParams;
import dev.baton.client.market.MarketView;
import dev.baton.client.market.PositionState;
import dev.baton.client.market.RoundState;
import dev.baton.client.market.TranscriptState;
import dev.baton.events.RawLog;
import dev.baton.internal.market.MarketCalldata;
import dev.baton.internal.market.MarketLogs;
import dev.baton.market.Transcript;
import dev.baton.tx.EthNode;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The market's reads over a node: views through {@link MarketView}, {@code TranscriptCommitted}
 * logs through the generated event definition, each transcript's assignments from its commit
 * transaction's input, and the latest block's timestamp.
 */
public final class ClientMarketReads implements MarketReads, SentTransactions.OverNode {
    private static final Logger LOG = LoggerFactory.getLogger(ClientMarketReads.class);

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
    public List<CommittedTranscript> committed(long from, long to) {
        List<CommittedTranscript> out = new ArrayList<>();
        for (RawLog log :
                node.logs(
                        from,
                        to,
                        List.of(view.market()),
                        List.of(MarketLogs.TRANSCRIPT_COMMITTED_TOPIC))) {
            Optional<MarketLogs.Committed> committed = MarketLogs.committed(log);
            if (committed.isEmpty()) {
                continue;
            }
            Object tx =
                    node.rawRequest(
                            "eth_getTransactionByHash", List.of(log.transactionHash().hex()));
            if (!(tx instanceof Map<?, ?> fields)
                    || !(fields.get("input") instanceof String input)) {
                continue;
            }
            Optional<Transcript> transcript =
                    MarketCalldata.committedTranscript(input, committed.get().proposer());
            if (transcript.isEmpty()
                    || transcript.get().height() != committed.get().height()
                    || !transcript
                            .get()
                            .blockCommitment()
                            .equals(committed.get().blockCommitment())) {
                LOG.warn(
                        "transcript {} at height {} was not committed by a direct call: its assignments are unknown",
                        committed.get().blockCommitment(),
                        committed.get().height());
                continue;
            }
            out.add(new CommittedTranscript(transcript.get(), log.blockNumber()));
        }
        return out;
    }

    @Override
    public EthNode node() {
        return node;
    }

    public Address market() {
        return view.market();
    }
}
