package dev.baton.cli.prover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.BatonCli;
import dev.baton.cli.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code baton prover run}: a bad agent file is refused before anything connects, nothing created or sent. */
class ProverRunCommandTest {
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
        Files.writeString(dir.resolve("baton.yaml"), "rpcUrl: http://127.0.0.1:1\nmanifest: none.json\ndevKeyIndex: 8\n");
        Path config = dir.resolve("prover.yaml");
        Files.writeString(config, "connection: baton.yaml\nmarket: 0x5FbDB2315678afecb367f032d93F642f64180aa3\n"
                + "store: prover.db\nattestations: outbox\nclaimAbove: -3\n");
        String[] result = run("prover", "run", "--agent", config.toString());
        assertThat(Integer.parseInt(result[0])).isEqualTo(ExitCodes.USAGE);
        assertThat(result[2]).contains("'claimAbove' (line 5)").contains("-3 is negative");
        assertThat(dir.resolve("prover.db")).doesNotExist();
        assertThat(dir.resolve("outbox")).doesNotExist();
    }

    @Test
    void theMarketIsRequired() throws Exception {
        Path config = dir.resolve("prover.json");
        Files.writeString(config, "{\"store\": \"prover.db\", \"attestations\": \"outbox\"}");
        String[] result = run("prover", "run", "--agent", config.toString());
        assertThat(Integer.parseInt(result[0])).isEqualTo(ExitCodes.USAGE);
        assertThat(result[2]).contains("'market': required");
    }

    @Test
    void isListedUnderProver() {
        String[] result = run("prover", "--help");
        assertThat(Integer.parseInt(result[0])).isZero();
        assertThat(result[1]).contains("run");
    }
}
