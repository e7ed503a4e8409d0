package dev.baton.cli.operator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.AgentCommandFixture;
import dev.baton.cli.AgentCommandFixture.Result;
import dev.baton.cli.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OperatorRunCommandTest {
    @TempDir Path dir;
    private AgentCommandFixture cli;

    @BeforeEach
    void connectionToNowhere() throws Exception {
        // The connection points at a port nobody listens on: the config check must fail before any
        // connection.
        cli = new AgentCommandFixture(dir);
        cli.connectionToNowhere(1);
    }

    @Test
    void aBadAgentConfigExitsWithUsageNamingKeyAndLineBeforeConnecting() throws Exception {
        Path config =
                cli.agentFile(
                        "keeper.yaml",
                        "connection: baton.yaml\nstore: keeper.db\nmetricsPort: 99999\n");
        Result result = AgentCommandFixture.runAgent("operator", config);
        assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("'metricsPort' (line 3)").contains("99999");
        assertThat(dir.resolve("keeper.db")).doesNotExist();
    }

    @Test
    void aMissingConnectionManifestIsAConfigErrorAndNoStoreIsCreated() throws Exception {
        Path config = cli.agentFile("keeper.yaml", "connection: baton.yaml\nstore: keeper.db\n");
        Result result = AgentCommandFixture.runAgent("operator", config);
        assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("none.json");
        assertThat(dir.resolve("keeper.db")).doesNotExist();
    }

    @Test
    void aBadMarketKeyExitsWithUsageNamingKeyAndLineBeforeConnecting() throws Exception {
        Path config =
                cli.agentFile(
                        "keeper.yaml",
                        "connection: baton.yaml\nstore: keeper.db\n"
                                + "market: 0x5FbDB2315678afecb367f032d93F642f64180aa3\nfundPoolBelow: 10\n");
        Result result = AgentCommandFixture.runAgent("operator", config);
        assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("'fundPoolBelow' (line 4)").contains("fundAmount");
        assertThat(dir.resolve("keeper.db")).doesNotExist();
    }
}
