package dev.baton.client.market;

import dev.baton.events.LogSource;
import dev.baton.events.RawLog;
import dev.baton.internal.market.MarketLogs;
import dev.baton.market.Bytes32;
import dev.baton.market.MarketIds;
import dev.baton.types.Address;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds the ranking of a height from the market's TranscriptCommitted logs and each transcript's
 * stored state: score descending, ties in commit order (as the contract breaks them).
 */
final class MarketRanking {
    private final MarketView view;
    private final LogSource logs;

    MarketRanking(MarketView view, LogSource logs) {
        this.view = view;
        this.logs = logs;
    }

    List<RankingRow> rows(long height, long fromBlock) {
        record Key(Bytes32 commitment, Address proposer) {}
        Set<Key> commitments = new LinkedHashSet<>();
        List<RawLog> committed =
                logs.logs(
                        fromBlock,
                        logs.headBlock(),
                        List.of(view.market()),
                        List.of(MarketLogs.TRANSCRIPT_COMMITTED_TOPIC));
        for (RawLog log : committed) {
            MarketLogs.committed(log)
                    .filter(c -> c.height() == height)
                    .ifPresent(c -> commitments.add(new Key(c.blockCommitment(), c.proposer())));
        }
        List<Bytes32> chainRanking = view.round(height).ranking();
        record Entry(Bytes32 commitment, TranscriptState state) {}
        List<Entry> entries = new ArrayList<>();
        commitments.forEach(
                k ->
                        entries.add(
                                new Entry(
                                        k.commitment(),
                                        view.transcript(height, k.proposer(), k.commitment()))));
        List<Entry> sorted =
                entries.stream()
                        .sorted(Comparator.comparing((Entry e) -> e.state().score()).reversed())
                        .toList();
        List<RankingRow> rows = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Entry e = sorted.get(i);
            TranscriptState s = e.state();
            int chainRank =
                    chainRanking.indexOf(
                                    MarketIds.transcriptId(height, s.proposer(), e.commitment()))
                            + 1;
            rows.add(
                    new RankingRow(
                            i + 1,
                            chainRank,
                            e.commitment(),
                            s.proposer(),
                            s.attempt(),
                            s.numProvers(),
                            s.burnBid(),
                            s.score(),
                            s.status(),
                            s.proven(),
                            s.contributingProvers()));
        }
        return List.copyOf(rows);
    }
}
