package dev.baton.client.market;

import dev.baton.events.LogSource;
import dev.baton.events.RawLog;
import dev.baton.market.Bytes32;
import dev.baton.types.Address;
import dev.baton.market.MarketIds;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.web3j.crypto.Hash;
import org.web3j.utils.Numeric;

/**
 * Builds the ranking of a height from the market's TranscriptCommitted logs and each transcript's stored state:
 * score descending, ties in commit order (as the contract breaks them).
 */
final class MarketRanking {
    static final String TRANSCRIPT_COMMITTED = Numeric.toHexString(Hash.sha3(
            "TranscriptCommitted(uint256,bytes32,address,uint32,uint96,uint16,bytes32,uint256)"
                    .getBytes(StandardCharsets.US_ASCII)));

    private final MarketView view;
    private final LogSource logs;

    MarketRanking(MarketView view, LogSource logs) {
        this.view = view;
        this.logs = logs;
    }

    List<RankingRow> rows(long height, long fromBlock) {
        Bytes32 heightTopic = Bytes32.of(String.format("0x%064x", BigInteger.valueOf(height)));
        record Key(Bytes32 commitment, Address proposer) {}
        Set<Key> commitments = new LinkedHashSet<>();
        for (RawLog log : logs.logs(fromBlock, logs.headBlock(), List.of(view.market()), List.of(TRANSCRIPT_COMMITTED))) {
            if (log.topics().size() > 3 && Bytes32.of(log.topics().get(1)).equals(heightTopic)) {
                String proposerTopic = log.topics().get(3);
                commitments.add(new Key(Bytes32.of(log.topics().get(2)),
                        Address.of("0x" + proposerTopic.substring(proposerTopic.length() - 40))));
            }
        }
        List<Bytes32> chainRanking = view.round(height).ranking();
        record Entry(Bytes32 commitment, TranscriptState state) {}
        List<Entry> entries = new ArrayList<>();
        commitments.forEach(k -> entries.add(new Entry(k.commitment(), view.transcript(height, k.proposer(), k.commitment()))));
        List<Entry> sorted = entries.stream()
                .sorted(Comparator.comparing((Entry e) -> e.state().score()).reversed())
                .toList();
        List<RankingRow> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            TranscriptState s = e.state();
            int chainRank = chainRanking.indexOf(MarketIds.transcriptId(height, s.proposer(), e.commitment())) + 1;
            rows.add(new RankingRow(i + 1, chainRank, e.commitment(), s.proposer(), s.attempt(), s.numProvers(),
                    s.burnBid(), s.score(), s.status(), s.proven(), s.contributingProvers()));
        }
        return List.copyOf(rows);
    }
}
