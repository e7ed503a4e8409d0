package dev.baton.agent.market;

import dev.baton.events.EventDecoder;
import dev.baton.events.LogSource;
import dev.baton.events.RawLog;
import dev.baton.types.Address;
import dev.baton.types.TxHash;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link FakeMarket}'s chain as a node's log API sees it: blocks up to the fake's head, each
 * with a hash that changes when a reorganisation replaces it, and one {@code TranscriptCommitted}
 * log per mined commit (its data the transcript's id, as the fake's decoder reads it back).
 */
final class FakeCommitLogs implements LogSource, EventDecoder<CommitLog> {
    static final String TOPIC = "0x" + "c0".repeat(32);

    private final FakeMarket market;

    /** How often each block number was replaced by a reorganisation (absent: never). */
    private final Map<Long, Integer> branch = new HashMap<>();

    FakeCommitLogs(FakeMarket market) {
        this.market = market;
    }

    void reorgFrom(long first, long head) {
        for (long n = first; n <= head; n++) {
            branch.merge(n, 1, Integer::sum);
        }
    }

    @Override
    public long headBlock() {
        return market.block();
    }

    @Override
    public Optional<String> blockHash(long number) {
        if (number < 0 || number > market.block()) {
            return Optional.empty();
        }
        return Optional.of(String.format("0x%032x%032x", number, branch.getOrDefault(number, 0)));
    }

    @Override
    public List<RawLog> logs(long from, long to, List<Address> addresses, List<String> topic0s) {
        if (!addresses.contains(FakeMarket.MARKET) || !topic0s.contains(TOPIC)) {
            return List.of();
        }
        List<RawLog> out = new ArrayList<>();
        Map<Long, Integer> index = new HashMap<>();
        for (CommittedTranscript c : market.minedCommits()) {
            long at = c.committedBlock();
            if (at < from || at > to || at > market.block()) {
                continue;
            }
            int i = index.merge(at, 1, Integer::sum) - 1;
            out.add(
                    new RawLog(
                            FakeMarket.MARKET,
                            List.of(TOPIC),
                            c.transcript().id().hex(),
                            at,
                            blockHash(at).orElseThrow(),
                            TxHash.of(String.format("0x%032x%032x", at, i)),
                            i));
        }
        return out;
    }

    @Override
    public List<String> topic0s() {
        return List.of(TOPIC);
    }

    @Override
    public Optional<CommitLog> decode(RawLog log) {
        return market.knownCommit(log.data())
                .map(t -> new CommitLog(t.height(), t.proposer(), t.blockCommitment(), log));
    }
}
