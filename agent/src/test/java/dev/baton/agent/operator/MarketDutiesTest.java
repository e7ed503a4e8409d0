package dev.baton.agent.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.agent.market.FakeMarket;
import dev.baton.agent.market.Transcripts;
import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.runtime.Duty;
import dev.baton.agent.store.AgentStore;
import dev.baton.agent.store.SqliteAgentStore;
import dev.baton.market.Bytes32;
import dev.baton.market.Transcript;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The keeper's market duties against a market that behaves like the node and the contract. */
class MarketDutiesTest {
    static final Address KEEPER = Address.of("0x" + "0c".repeat(20));
    static final Address P0 = Transcripts.address(0);
    static final Address P1 = Transcripts.address(1);

    @TempDir Path dir;
    final FakeMarket market = new FakeMarket(KEEPER);
    final AgentMetrics metrics = new AgentMetrics("keeper");

    /** Runs {@code duties} at every head for {@code blocks} blocks, mining after each. */
    private void run(int blocks, Duty... duties) {
        for (int i = 0; i < blocks; i++) {
            for (Duty duty : duties) {
                duty.onHead(market.block());
            }
            market.mine();
        }
    }

    /** Commits, reveals and proves {@code t} with {@code contributed} positions. */
    private void provenAt(Transcript t, Integer... contributed) {
        market.commit(t);
        market.mine();
        market.reveal(t, Bytes32.of("0x" + "11".repeat(32)));
        market.prove(t, contributed);
        market.mine();
    }

    @Test
    void finalisesEachHeightOnceAfterItsProofWindow() {
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("k.db"))) {
            FinaliseHeightsDuty duty = new FinaliseHeightsDuty("keeper", market, store, metrics);
            provenAt(Transcripts.of(1, 1, P0));
            run(12, duty); // the windows take 30 s: 15 blocks of 2 s from the commit
            assertThat(market.sent).isEmpty();
            run(6, duty);
            assertThat(market.sent).containsExactly("finalise 1");
            assertThat(market.state().head).isEqualTo(1);
            provenAt(Transcripts.of(2, 2, P0));
            run(30, duty);
            assertThat(market.sent).containsExactly("finalise 1", "finalise 2");
            assertThat(metrics.scrape())
                    .contains(
                            "baton_agent_finalise_total{agent=\"keeper\",outcome=\"confirmed\"} 2.0")
                    .doesNotContain("reverted");
        }
    }

    @Test
    void aHeightAnotherKeeperFinalisedCostsNoTransaction() {
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("k.db"))) {
            FinaliseHeightsDuty duty = new FinaliseHeightsDuty("keeper", market, store, metrics);
            duty.onHead(market.block()); // first start: cursor at height 1
            provenAt(Transcripts.of(1, 1, P0));
            market.mine(14);
            market.finaliseByOther(1);
            market.mine();
            run(5, duty);
            assertThat(market.sent).isEmpty();
            assertThat(metrics.scrape()).contains("outcome=\"skipped_already_finalised\"} 1.0");
        }
    }

    @Test
    void aRestartWithAFinaliseInFlightNeverSendsItAgain() {
        Path file = dir.resolve("k.db");
        provenAt(Transcripts.of(1, 1, P0));
        market.mine(14);
        try (AgentStore store = SqliteAgentStore.open(file)) {
            new FinaliseHeightsDuty("keeper", market, store, metrics).onHead(market.block());
        }
        assertThat(market.sent).containsExactly("finalise 1"); // in the pool, not mined
        try (AgentStore store = SqliteAgentStore.open(file)) {
            FinaliseHeightsDuty restarted =
                    new FinaliseHeightsDuty("keeper", market, store, metrics);
            restarted.onHead(market.block());
            assertThat(market.sent).containsExactly("finalise 1");
            market.mine();
            run(3, restarted);
            assertThat(market.sent).containsExactly("finalise 1");
            assertThat(store.allPending("keeper")).isEmpty();
            assertThat(store.cursor("keeper", FinaliseHeightsDuty.CURSOR)).hasValue(2);
        }
    }

    @Test
    void aRoundWithoutAProofRestartsAndIsFinalisedAgainAfterItsNextCommit() {
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("k.db"))) {
            FinaliseHeightsDuty duty = new FinaliseHeightsDuty("keeper", market, store, metrics);
            market.commit(Transcripts.of(1, 1, P0)); // never proven
            market.mine();
            run(20, duty);
            assertThat(market.sent).containsExactly("finalise 1");
            assertThat(market.state().head).isZero();
            run(20, duty); // restarted: nothing until the next commit
            assertThat(market.sent).hasSize(1);
            provenAt(Transcripts.of(1, 2, P0));
            run(20, duty);
            assertThat(market.sent).containsExactly("finalise 1", "finalise 1");
            assertThat(market.state().head).isEqualTo(1);
        }
    }

    @Test
    void slashesEachWithholderOnceAfterTheDisputeWindowAndSkipsWhatIsSettled() {
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("k.db"))) {
            Address p2 = Transcripts.address(2);
            Address p3 = Transcripts.address(3);
            Transcript t =
                    Transcripts.of(
                            1, 1, P0, P1, p2,
                            p3); // p0 proves; p1 withholds; p2 disputes; p3 bad vote
            FinaliseHeightsDuty finalise =
                    new FinaliseHeightsDuty("keeper", market, store, metrics);
            SlashWithheldDuty slash = new SlashWithheldDuty("keeper", market, store, metrics, 0);
            provenAt(t, 0);
            market.badVote(t, 3);
            run(20, finalise, slash);
            assertThat(market.sent).containsExactly("finalise 1");
            market.disputeByOther(t, 2);
            market.act(p2, market.claimReward(t, 0)); // anyone may credit: settles position 0 too
            run(10, finalise, slash); // the dispute window (30 s) is still open
            assertThat(market.sent).containsExactly("finalise 1");
            run(10, finalise, slash);
            assertThat(market.sent).containsExactly("finalise 1", "slash 1 #1");
            assertThat(market.state().slashes).containsExactly("1 #1");
            run(10, finalise, slash);
            assertThat(market.sent).hasSize(2);
            assertThat(metrics.scrape())
                    .contains("baton_agent_slash_total{agent=\"keeper\",outcome=\"confirmed\"} 1.0")
                    .contains(
                            "baton_agent_slash_total{agent=\"keeper\",outcome=\"skipped_already_settled\"} 1.0")
                    .contains(
                            "baton_agent_slash_total{agent=\"keeper\",outcome=\"dry_run_reverted\"} 1.0");
            assertThat(store.cursor("keeper", SlashWithheldDuty.CURSOR)).hasValue(2);
        }
    }

    @Test
    void aSlashAnotherKeeperSentIsSkipped() {
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("k.db"))) {
            Transcript t = Transcripts.of(1, 1, P0, P1);
            FinaliseHeightsDuty finalise =
                    new FinaliseHeightsDuty("keeper", market, store, metrics);
            SlashWithheldDuty slash = new SlashWithheldDuty("keeper", market, store, metrics, 0);
            provenAt(t, 0);
            run(20, finalise);
            market.mine(15);
            market.act(Address.ZERO, market.slash(t, 1, Long.MAX_VALUE / 2));
            market.mine();
            run(3, finalise, slash);
            assertThat(market.sent).containsExactly("finalise 1");
            assertThat(metrics.scrape())
                    .contains(
                            "baton_agent_slash_total{agent=\"keeper\",outcome=\"skipped_already_settled\"} 1.0");
        }
    }

    @Test
    void fundsThePoolOnceWhenBelowTheThresholdApprovingFirst() {
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("k.db"))) {
            FundPoolDuty fund =
                    new FundPoolDuty(
                            "keeper", market, store, metrics, Amount.of(500), Amount.of(2_000));
            run(5, fund);
            assertThat(market.sent).containsExactly("approve 2000", "fund 2000");
            assertThat(market.state().rewards).isEqualTo(BigInteger.valueOf(2_000));
            market.state().rewards = BigInteger.valueOf(100); // paid out to blocks
            market.fundByOther(BigInteger.valueOf(1_000)); // in the pool before the keeper looks
            run(5, fund);
            assertThat(market.sent).containsExactly("approve 2000", "fund 2000");
            market.state().rewards = BigInteger.valueOf(100);
            run(5, fund);
            assertThat(market.sent)
                    .containsExactly("approve 2000", "fund 2000", "approve 2000", "fund 2000");
            assertThat(metrics.scrape())
                    .contains("baton_agent_fund_total{agent=\"keeper\",outcome=\"confirmed\"} 2.0");
            assertThat(store.allPending("keeper")).isEmpty();
        }
    }
}
