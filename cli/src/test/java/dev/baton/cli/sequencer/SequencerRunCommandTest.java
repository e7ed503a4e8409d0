package dev.baton.cli.sequencer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.BatonCli;
import dev.baton.cli.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SequencerRunCommandTest {
    @TempDir Path dir;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = BatonCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void aBadAgentConfigExitsWithUsageNamingKeyAndLineBeforeConnecting() throws Exception {
        // The connection points at a port nobody listens on: the config check must fail before any connection.
        Files.writeString(dir.resolve("baton.yaml"), "rpcUrl: http://127.0.0.1:1\nmanifest: none.json\ndevKeyIndex: 1\n");
        Path config = dir.resolve("seq.yaml");
        Files.writeString(config, "connection: baton.yaml\nstore: seq.db\nbid:\n  shareOfFreeStakeBps: 20000\n"
                + "batches:\n  directory: b\n");
        String[] result = run("sequencer", "run", "--agent", config.toString());
        assertThat(Integer.parseInt(result[0])).isEqualTo(ExitCodes.USAGE);
        assertThat(result[2]).contains("'shareOfFreeStakeBps' (line 4)").contains("20000");
        assertThat(dir.resolve("seq.db")).doesNotExist();
    }

    @Test
    void aMissingConnectionManifestIsAConfigErrorAndNoStoreIsCreated() throws Exception {
        Files.writeString(dir.resolve("baton.yaml"), "rpcUrl: http://127.0.0.1:1\nmanifest: none.json\ndevKeyIndex: 1\n");
        Path config = dir.resolve("seq.yaml");
        Files.writeString(config, "connection: baton.yaml\nstore: seq.db\nbid:\n  fixed: 1\nbatches:\n  directory: b\n");
        String[] result = run("sequencer", "run", "--agent", config.toString());
        assertThat(Integer.parseInt(result[0])).isEqualTo(ExitCodes.USAGE);
        assertThat(result[2]).contains("none.json");
        assertThat(dir.resolve("seq.db")).doesNotExist();
    }

    @Test
    void theGroupShowsItsRunCommand() {
        String[] result = run("sequencer");
        assertThat(result[1]).contains("run").contains("Sequencer agent");
    }
}
