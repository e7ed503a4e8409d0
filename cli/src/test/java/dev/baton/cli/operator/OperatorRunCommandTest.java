package dev.baton.cli.operator;

import dev.baton.cli.AgentRunCommandTestBase;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OperatorRunCommandTest extends AgentRunCommandTestBase {
    @Test
    void aBadAgentConfigExitsWithUsageNamingKeyAndLineBeforeConnecting() throws Exception {
        Path config =
                cli.agentFile(
                        "keeper.yaml",
                        "connection: baton.yaml\nstore: keeper.db\nmetricsPort: 99999\n");
        cli.assertRefused(
                "operator", config, new String[] {"'metricsPort' (line 3)", "99999"}, "keeper.db");
    }

    @Test
    void aMissingConnectionManifestIsAConfigErrorAndNoStoreIsCreated() throws Exception {
        Path config = cli.agentFile("keeper.yaml", "connection: baton.yaml\nstore: keeper.db\n");
        cli.assertRefused("operator", config, new String[] {"none.json"}, "keeper.db");
    }

    @Test
    void aBadMarketKeyExitsWithUsageNamingKeyAndLineBeforeConnecting() throws Exception {
        Path config =
                cli.agentFile(
                        "keeper.yaml",
                        "connection: baton.yaml\nstore: keeper.db\n"
                                + "market: 0x5FbDB2315678afecb367f032d93F642f64180aa3\nfundPoolBelow: 10\n");
        cli.assertRefused(
                "operator",
                config,
                new String[] {"'fundPoolBelow' (line 4)", "fundAmount"},
                "keeper.db");
    }
}
