package dev.baton.agent.prover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.agent.market.FakeMarket;
import dev.baton.agent.market.Transcripts;
import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.store.AgentStore;
import dev.baton.agent.store.SqliteAgentStore;
import dev.baton.market.Attestation;
import dev.baton.market.Bytes32;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.model.Json;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prover agent's duty against a market that behaves like the node and the contract. */
class ProverDutyTest {
    static final Address ME = Transcripts.address(0);
    static final Address OTHER = Transcripts.address(1);
    static final Bytes32 ROOT = Bytes32.of("0x" + "11".repeat(32));

    @TempDir Path dir;
    final FakeMarket market = new FakeMarket(ME);
    final AgentMetrics metrics = new AgentMetrics("prover");

    private ProverDuty duty(AgentStore store) {
        return new ProverDuty(
                "prover",
                market,
                store,
                metrics,
                new DevnetPartSource(ME),
                new AttestationOutbox(dir.resolve("outbox")),
                Amount.ZERO,
                0);
    }

    private void run(int blocks, ProverDuty duty) {
        for (int i = 0; i < blocks; i++) {
            duty.onHead(market.block());
            market.mine();
        }
    }

    private long files() throws Exception {
        Path outbox = dir.resolve("outbox");
        if (!Files.isDirectory(outbox)) {
            return 0;
        }
        try (var list = Files.list(outbox)) {
            return list.count();
        }
    }

    @Test
    void attestsAfterTheRevealOnceThenCreditsAndClaimsItsReward() throws Exception {
        Transcript t = Transcripts.of(1, 1, ME, OTHER);
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("p.db"))) {
            ProverDuty duty = duty(store);
            market.commit(t);
            run(3, duty);
            assertThat(files()).as("nothing to attest before the reveal").isZero();
            market.reveal(t, ROOT);
            run(3, duty);
            assertThat(files()).isEqualTo(1);
        }
        AttestationOutbox outbox = new AttestationOutbox(dir.resolve("outbox"));
        Path file = outbox.file(t, 0);
        var entry = Json.MAPPER.readTree(Files.readString(file)).get(0);
        byte[] part = HexFormat.of().parseHex(entry.get("part").asString().substring(2));
        assertThat(entry.get("partHash").asString()).isEqualTo(Attestation.partHashOf(part).hex());
        assertThat(part).isEqualTo(new DevnetPartSource(ME).part(1, ROOT, TreePosition.of(1, 0)));
        var readBack = AttestationOutbox.read(file);
        assertThat(readBack.prover()).isEqualTo(ME);
        assertThat(readBack.attestation().partHash().hex())
                .isEqualTo(entry.get("partHash").asString());
        long modified = Files.getLastModifiedTime(file).toMillis();

        try (AgentStore store = SqliteAgentStore.open(dir.resolve("p.db"))) {
            ProverDuty restarted = duty(store);
            run(2, restarted);
            assertThat(Files.getLastModifiedTime(file).toMillis())
                    .as("written once")
                    .isEqualTo(modified);
            market.prove(t, 0); // the proposer used its attestation; OTHER's part it made itself
            market.mine(15);
            market.finaliseByOther(1);
            run(10, restarted);
            assertThat(market.sent).containsExactly("reward 1 #0", "claim");
            assertThat(market.state().paid.get(ME)).isEqualTo(BigInteger.valueOf(100));
            assertThat(metrics.scrape())
                    .contains(
                            "baton_agent_prover_attest_total{agent=\"prover\",outcome=\"written\"} 1.0")
                    .contains(
                            "baton_agent_prover_reward_total{agent=\"prover\",outcome=\"confirmed\"} 1.0")
                    .contains(
                            "baton_agent_prover_claim_total{agent=\"prover\",outcome=\"confirmed\"} 1.0")
                    .contains(
                            "baton_agent_prover_transcripts_total{agent=\"prover\",outcome=\"won\"} 1.0");
        }
    }

    @Test
    void disputesWhenItsPartWasDroppedAndNeverTwiceAcrossARestart() {
        Transcript t = Transcripts.of(1, 1, ME, OTHER);
        Path file = dir.resolve("p.db");
        market.commit(t);
        market.mine();
        market.reveal(t, ROOT);
        market.prove(t, 1); // ME's part left out
        market.mine(15);
        market.finaliseByOther(1);
        market.mine();
        try (AgentStore store = SqliteAgentStore.open(file)) {
            duty(store).onHead(market.block());
        }
        assertThat(market.sent).containsExactly("dispute 1 #0"); // in the pool
        try (AgentStore store = SqliteAgentStore.open(file)) {
            ProverDuty restarted = duty(store);
            run(5, restarted);
            assertThat(market.sent).containsExactly("dispute 1 #0");
            assertThat(market.state().disputes).containsExactly("1 #0");
            assertThat(store.allPending("prover")).isEmpty();
        }
    }

    @Test
    void aRewardSomeoneElseCreditedCostsNoTransactionButIsClaimed() {
        Transcript t = Transcripts.of(1, 1, ME, OTHER);
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("p.db"))) {
            ProverDuty duty = duty(store);
            market.commit(t);
            market.mine();
            market.reveal(t, ROOT);
            market.prove(t, 0, 1);
            market.mine(15);
            market.finaliseByOther(1);
            market.mine();
            market.act(OTHER, market.claimReward(t, 0)); // a keeper credits everyone
            market.mine();
            run(5, duty);
            assertThat(market.sent).containsExactly("claim");
            assertThat(metrics.scrape())
                    .contains(
                            "baton_agent_prover_reward_total{agent=\"prover\",outcome=\"skipped_already_settled\"} 1.0");
        }
    }

    @Test
    void aLostTranscriptAndOnesWithoutItsVotesCostNothing() throws Exception {
        Transcript mine = Transcripts.of(1, 1, ME, OTHER);
        Transcript others = Transcripts.of(1, 2, OTHER, OTHER);
        Transcript winner = Transcripts.of(1, 3, OTHER);
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("p.db"))) {
            ProverDuty duty = duty(store);
            market.commit(mine);
            market.commit(winner);
            market.commit(others);
            market.mine();
            market.reveal(winner, ROOT);
            market.prove(winner, 0);
            market.mine(15);
            market.finaliseByOther(1);
            run(5, duty);
            assertThat(market.sent).isEmpty();
            assertThat(files()).isZero();
            assertThat(metrics.scrape())
                    .contains(
                            "baton_agent_prover_transcripts_total{agent=\"prover\",outcome=\"lost\"} 1.0");
        }
    }
}
