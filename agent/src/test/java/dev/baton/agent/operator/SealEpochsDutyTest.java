package dev.baton.agent.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.store.AgentStore;
import dev.baton.agent.store.SqliteAgentStore;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.EpochStatus;
import dev.baton.types.TxHash;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SealEpochsDutyTest {
    /** Epoch k: bidding [10 + 8k, 16 + 8k), seal window [17 + 8k, 19 + 8k) (from bidEnd + 1). */
    static final AuctionTimeline TIMELINE = new AuctionTimeline(10, 4, 2, 6, 3, 5, 0);

    /** A chain that mines sent seals when told to; {@code sealedByOthers} are epochs another keeper sealed. */
    static final class FakeChain implements SealChain {
        long pendingBlock;
        final List<Long> sent = new ArrayList<>();
        final Map<TxHash, Long> mempool = new HashMap<>();
        final Map<TxHash, Boolean> mined = new HashMap<>();
        final Set<Long> sealed = new HashSet<>();

        @Override public AuctionTimeline timeline() { return TIMELINE; }

        @Override
        public EpochStatus status(long epoch) {
            if (sealed.contains(epoch) || mempool.containsValue(epoch)) return EpochStatus.ELECTED;
            if (pendingBlock < TIMELINE.bidding(epoch).start()) return EpochStatus.NOT_STARTED;
            if (pendingBlock < TIMELINE.seal(epoch).start()) return EpochStatus.BIDDING;
            return pendingBlock < TIMELINE.seal(epoch).end() ? EpochStatus.AWAITING_SEAL : EpochStatus.OPEN;
        }

        @Override
        public TxHash submitSeal(long epoch) {
            TxHash hash = TxHash.of(String.format("0x%064x", sent.size() + 1));
            sent.add(epoch);
            mempool.put(hash, epoch);
            return hash;
        }

        void mineAll() {
            mempool.forEach((hash, epoch) -> {
                mined.put(hash, !sealed.contains(epoch));
                sealed.add(epoch);
            });
            mempool.clear();
        }

        @Override public Optional<Boolean> outcome(TxHash hash) { return Optional.ofNullable(mined.get(hash)); }

        @Override public boolean isKnown(TxHash hash) { return mined.containsKey(hash) || mempool.containsKey(hash); }
    }

    @TempDir Path dir;
    final FakeChain chain = new FakeChain();
    final AgentMetrics metrics = new AgentMetrics("keeper");

    private void head(SealEpochsDuty duty, long block) {
        chain.pendingBlock = block + 1;
        duty.onHead(block);
    }

    @Test
    void sealsEachEpochInTheFirstBlockOfItsWindowOnce() {
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("s.db"))) {
            SealEpochsDuty duty = new SealEpochsDuty("keeper", chain, store, metrics);
            for (long block = 10; block < 40; block++) {
                head(duty, block);
                chain.mineAll();
            }
            assertThat(chain.sent).containsExactly(0L, 1L, 2L); // epoch 3: head 39, its window opens at 41
            assertThat(metrics.scrape()).contains("outcome=\"confirmed\"} 3.0").doesNotContain("outcome=\"reverted\"");
        }
    }

    @Test
    void anEpochSomeoneElseSealedCostsNoTransaction() {
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("s.db"))) {
            SealEpochsDuty duty = new SealEpochsDuty("keeper", chain, store, metrics);
            chain.sealed.add(0L);
            for (long block = 10; block < 20; block++) head(duty, block);
            assertThat(chain.sent).isEmpty();
            assertThat(metrics.scrape()).contains("outcome=\"skipped_already_sealed\"} 1.0");
        }
    }

    @Test
    void aRestartWithASealInFlightNeverSendsItAgain() {
        Path file = dir.resolve("s.db");
        try (AgentStore store = SqliteAgentStore.open(file)) {
            head(new SealEpochsDuty("keeper", chain, store, metrics), 16); // sends epoch 0's seal, not yet mined
        }
        assertThat(chain.sent).containsExactly(0L);
        chain.mempool.clear(); // the status no longer shows it (e.g. a node that does not expose its pool) ...
        TxHash hash = TxHash.of(String.format("0x%064x", 1));
        chain.mempool.put(hash, -1L); // ... but still knows the transaction
        try (AgentStore reopened = SqliteAgentStore.open(file)) {
            SealEpochsDuty restarted = new SealEpochsDuty("keeper", chain, reopened, metrics);
            head(restarted, 17);
            assertThat(chain.sent).containsExactly(0L); // in flight: waited for, not re-sent
            assertThat(reopened.allPending("keeper")).hasSize(1);
            chain.mempool.clear();
            chain.mined.put(hash, true);
            chain.sealed.add(0L);
            head(restarted, 18);
            assertThat(reopened.allPending("keeper")).isEmpty();
            assertThat(reopened.cursor("keeper", SealEpochsDuty.CURSOR)).hasValue(1);
        }
    }

    @Test
    void aDroppedSealIsSentAgainWhileTheWindowIsOpen() {
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("s.db"))) {
            SealEpochsDuty duty = new SealEpochsDuty("keeper", chain, store, metrics);
            head(duty, 16);
            chain.mempool.clear(); // evicted from the pool: unknown to the node
            head(duty, 17);
            assertThat(chain.sent).containsExactly(0L, 0L);
            assertThat(metrics.scrape()).contains("outcome=\"dropped\"} 1.0");
        }
    }

    @Test
    void aFirstStartLateInAWindowStillSealsAndPastEpochsAreNotTouched() {
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("s.db"))) {
            SealEpochsDuty duty = new SealEpochsDuty("keeper", chain, store, metrics);
            head(duty, 25); // epoch 1's window is [25, 27): epoch 0's has ended
            assertThat(chain.sent).containsExactly(1L);
        }
    }
}
