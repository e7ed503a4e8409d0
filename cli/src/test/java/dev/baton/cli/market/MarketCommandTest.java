package dev.baton.cli.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.BatonCli;
import dev.baton.cli.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class MarketCommandTest {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = BatonCli.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void marketAndProverCommandsAreRegistered() {
        assertThat(run("market", "--help")).isZero();
        assertThat(out.toString()).contains("commit", "reveal", "prove", "finalise", "ranking", "claim", "dispute");
        assertThat(run("prover", "--help")).isZero();
        assertThat(out.toString()).contains("stake", "vote", "attest");
    }

    @Test
    void missingManifestIsAConfigurationError() {
        int code = run("market", "finalise", "--height", "1", "--manifest", dir.resolve("none.json").toString());
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--manifest");
    }

    @Test
    void malformedPositionIsAConfigurationError() {
        int code = run("prover", "vote", "--height", "1", "--commitment", "0x" + "00".repeat(32),
                "--position", "two", "--out", dir.resolve("v.json").toString(),
                "--manifest", dir.resolve("none.json").toString());
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("position 'two'");
    }
}
