package dev.baton.cli.sequencer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.AgentRunCommandTestBase;
import dev.baton.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SequencerRunCommandTest extends AgentRunCommandTestBase {
    @Test
    void aBadAgentConfigExitsWithUsageNamingKeyAndLineBeforeConnecting() throws Exception {
        Path config =
                cli.agentFile(
                        "seq.yaml",
                        "connection: baton.yaml\nstore: seq.db\nbid:\n  shareOfFreeStakeBps: 20000\n"
                                + "batches:\n  directory: b\n");
        cli.assertRefused(
                "sequencer",
                config,
                new String[] {"'shareOfFreeStakeBps' (line 4)", "20000"},
                "seq.db");
    }

    @Test
    void aMissingConnectionManifestIsAConfigErrorAndNoStoreIsCreated() throws Exception {
        Path config =
                cli.agentFile(
                        "seq.yaml",
                        "connection: baton.yaml\nstore: seq.db\nbid:\n  fixed: 1\nbatches:\n  directory: b\n");
        cli.assertRefused("sequencer", config, new String[] {"none.json"}, "seq.db");
    }

    @Test
    void theGroupShowsItsRunCommand() {
        assertThat(CliRun.of("sequencer").out()).contains("run").contains("Sequencer agent");
    }
}
