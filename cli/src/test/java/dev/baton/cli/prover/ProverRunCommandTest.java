package dev.baton.cli.prover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.AgentCommandFixture;
import dev.baton.cli.AgentCommandFixture.Result;
import dev.baton.cli.ExitCodes;
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
        // The connection points at a port nobody listens on: the config check must fail before any
        // connection.
        AgentCommandFixture cli = new AgentCommandFixture(dir);
        cli.connectionToNowhere(8);
        Path config =
                cli.agentFile(
                        "prover.yaml",
                        "connection: baton.yaml\nmarket: 0x5FbDB2315678afecb367f032d93F642f64180aa3\n"
                                + "store: prover.db\nattestations: outbox\nclaimAbove: -3\n");
        Result result = AgentCommandFixture.runAgent("prover", config);
        assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("'claimAbove' (line 5)").contains("-3 is negative");
        assertThat(dir.resolve("prover.db")).doesNotExist();
        assertThat(dir.resolve("outbox")).doesNotExist();
    }

    @Test
    void theMarketIsRequired() throws Exception {
        Path config =
                new AgentCommandFixture(dir)
                        .agentFile(
                                "prover.json",
                                "{\"store\": \"prover.db\", \"attestations\": \"outbox\"}");
        Result result = AgentCommandFixture.runAgent("prover", config);
        assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("'market': required");
    }

    @Test
    void isListedUnderProver() {
        Result result = AgentCommandFixture.run("prover", "--help");
        assertThat(result.code()).isZero();
        assertThat(result.out()).contains("run");
    }
}
