package dev.baton.cli.prover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.AgentCommandFixture;
import dev.baton.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code baton prover run}: a bad agent file is refused before anything connects, nothing created
 * or sent.
 */
class ProverRunCommandTest {
    @TempDir Path dir;

    @Test
    void aBadAgentConfigExitsWithUsageNamingKeyAndLineBeforeConnecting() throws Exception {
        AgentCommandFixture cli = AgentCommandFixture.withConnectionToNowhere(dir, 8);
        Path config =
                cli.agentFile(
                        "prover.yaml",
                        "connection: baton.yaml\nmarket: 0x5FbDB2315678afecb367f032d93F642f64180aa3\n"
                                + "store: prover.db\nattestations: outbox\nclaimAbove: -3\n");
        cli.assertRefused(
                "prover",
                config,
                new String[] {"'claimAbove' (line 5)", "-3 is negative"},
                "prover.db",
                "outbox");
    }

    @Test
    void theMarketIsRequired() throws Exception {
        AgentCommandFixture cli = new AgentCommandFixture(dir);
        Path config =
                cli.agentFile(
                        "prover.json", "{\"store\": \"prover.db\", \"attestations\": \"outbox\"}");
        cli.assertRefused("prover", config, new String[] {"'market': required"});
    }

    @Test
    void isListedUnderProver() {
        CliRun run = CliRun.of("prover", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("run");
    }
}
