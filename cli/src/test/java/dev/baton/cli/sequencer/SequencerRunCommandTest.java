package dev.baton.cli.sequencer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.AgentCommandFixture;
import dev.baton.cli.AgentCommandFixture.Result;
import dev.baton.cli.ExitCodes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SequencerRunCommandTest {
    @TempDir Path dir;

    @Test
    void aBadAgentConfigExitsWithUsageNamingKeyAndLineBeforeConnecting() throws Exception {
        // The connection points at a port nobody listens on: the config check must fail before any
        // connection.
        AgentCommandFixture cli = new AgentCommandFixture(dir);
        cli.connectionToNowhere(1);
        Path config =
                cli.agentFile(
                        "seq.yaml",
                        "connection: baton.yaml\nstore: seq.db\nbid:\n  shareOfFreeStakeBps: 20000\n"
                                + "batches:\n  directory: b\n");
        Result result = AgentCommandFixture.runAgent("sequencer", config);
        assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("'shareOfFreeStakeBps' (line 4)").contains("20000");
        assertThat(dir.resolve("seq.db")).doesNotExist();
    }

    @Test
    void aMissingConnectionManifestIsAConfigErrorAndNoStoreIsCreated() throws Exception {
        AgentCommandFixture cli = new AgentCommandFixture(dir);
        cli.connectionToNowhere(1);
        Path config =
                cli.agentFile(
                        "seq.yaml",
                        "connection: baton.yaml\nstore: seq.db\nbid:\n  fixed: 1\nbatches:\n  directory: b\n");
        Result result = AgentCommandFixture.runAgent("sequencer", config);
        assertThat(result.code()).isEqualTo(ExitCodes.USAGE);
        assertThat(result.err()).contains("none.json");
        assertThat(dir.resolve("seq.db")).doesNotExist();
    }

    @Test
    void theGroupShowsItsRunCommand() {
        Result result = AgentCommandFixture.run("sequencer");
        assertThat(result.out()).contains("run").contains("Sequencer agent");
    }
}
