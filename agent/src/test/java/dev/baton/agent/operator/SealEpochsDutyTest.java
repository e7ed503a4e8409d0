package dev.baton.agent.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.store.AgentStore;
import dev.baton.agent.store.SqliteAgentStore;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.fixtures.FakeChain;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seal duty against the auction's seal on the shared fake chain (java-client's test fixture).
 */
class SealEpochsDutyTest {
    /** Epoch k: bidding [10 + 8k, 16 + 8k), seal window [17 + 8k, 19 + 8k) (from bidEnd + 1). */
    static final AuctionTimeline TIMELINE = new AuctionTimeline(10, 4, 2, 6, 3, 5, 0);

    @TempDir Path dir;
    final FakeChain chain = new FakeChain();
    final FakeSealAuction auction = new FakeSealAuction(chain, TIMELINE);
    final AgentMetrics metrics = new AgentMetrics("keeper");

    /**
     * Mines up to {@code block} (including what the mempool holds for those blocks), then shows the
     * duty the head.
     */
    private void head(SealEpochsDuty duty, long block) {
        chain.mineEmpty(block - chain.headBlock());
        duty.onHead(block);
    }

    @Test
    void sealsEachEpochInTheFirstBlockOfItsWindowOnce() {
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("s.db"))) {
            SealEpochsDuty duty = new SealEpochsDuty("keeper", auction, store, metrics);
            for (long block = 10; block < 40; block++) {
                head(duty, block);
            }
            assertThat(auction.seals)
                    .containsExactly(0L, 1L, 2L); // epoch 3: head 39, its window opens at 41
            assertThat(metrics.scrape())
                    .contains("outcome=\"confirmed\"} 3.0")
                    .doesNotContain("outcome=\"reverted\"");
        }
    }

    @Test
    void anEpochSomeoneElseSealedCostsNoTransaction() {
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("s.db"))) {
            SealEpochsDuty duty = new SealEpochsDuty("keeper", auction, store, metrics);
            auction.sealedByOthers(0);
            for (long block = 10; block < 20; block++) {
                head(duty, block);
            }
            assertThat(auction.seals).isEmpty();
            assertThat(metrics.scrape()).contains("outcome=\"skipped_already_sealed\"} 1.0");
        }
    }

    @Test
    void aRestartWithASealInFlightNeverSendsItAgain() {
        Path file = dir.resolve("s.db");
        // a busy node: the seal sent at head 16 lands in block 18, still inside the window
        auction.delayBlocks = 1;
        try (AgentStore store = SqliteAgentStore.open(file)) {
            head(
                    new SealEpochsDuty("keeper", auction, store, metrics),
                    16); // sends epoch 0's seal, not yet mined
        }
        assertThat(auction.seals).containsExactly(0L);
        auction.poolVisible =
                false; // the status no longer shows it (a node that does not expose its pool) ...
        try (AgentStore reopened = SqliteAgentStore.open(file)) {
            SealEpochsDuty restarted = new SealEpochsDuty("keeper", auction, reopened, metrics);
            head(restarted, 17); // ... but still knows the transaction
            assertThat(auction.seals).containsExactly(0L); // in flight: waited for, not re-sent
            assertThat(reopened.allPending("keeper")).hasSize(1);
            head(restarted, 18); // block 18 includes it
            assertThat(auction.seals).containsExactly(0L);
            assertThat(reopened.allPending("keeper")).isEmpty();
            assertThat(reopened.cursor("keeper", SealEpochsDuty.CURSOR)).hasValue(1);
            assertThat(metrics.scrape()).contains("outcome=\"confirmed\"} 1.0");
        }
    }

    @Test
    void aDroppedSealIsSentAgainWhileTheWindowIsOpen() {
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("s.db"))) {
            SealEpochsDuty duty = new SealEpochsDuty("keeper", auction, store, metrics);
            head(duty, 16);
            auction.evictPending(); // evicted from the pool before block 17: unknown to the node
            head(duty, 17);
            assertThat(auction.seals).containsExactly(0L, 0L);
            assertThat(metrics.scrape()).contains("outcome=\"dropped\"} 1.0");
            head(duty, 18); // the resend lands in block 18, the window's last
            assertThat(metrics.scrape()).contains("outcome=\"confirmed\"} 1.0");
        }
    }

    @Test
    void aFirstStartLateInAWindowStillSealsAndPastEpochsAreNotTouched() {
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("s.db"))) {
            SealEpochsDuty duty = new SealEpochsDuty("keeper", auction, store, metrics);
            head(duty, 25); // epoch 1's window is [25, 27): epoch 0's has ended
            assertThat(auction.seals).containsExactly(1L);
        }
    }
}
