package dev.baton.cli.auction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.BatonCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class AuctionCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = BatonCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void listsEveryAuctionCommand() {
        assertThat(run("auction", "--help")).isZero();
        assertThat(out.toString())
                .contains("bid", "seal", "schedule", "publish", "settle", "claim", "status");
    }

    @Test
    void aMissingManifestIsAConfigurationError(@TempDir Path dir) {
        int code = run("auction", "status", "0", "--manifest", dir.resolve("none.json").toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--manifest: no file at");
    }

    @Test
    void aMalformedBatchHashIsAConfigurationError() {
        int code = run("auction", "publish", "0", "1", "0x1234");
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("BATCH_HASH: '0x1234' is not 32 bytes of hex");
    }

    @Test
    void auctionAndRollupExcludeEachOther(@TempDir Path dir) {
        Path manifest = dir.resolve("manifest.json");
        new dev.baton.model.DeploymentManifest(
                        31337, "http://127.0.0.1:9", 0, java.util.Map.of(), java.util.Map.of())
                .write(manifest);
        int code =
                run(
                        "auction",
                        "status",
                        "0",
                        "--rollup",
                        "1",
                        "--auction",
                        "0x" + "11".repeat(20),
                        "--manifest",
                        manifest.toString());
        assertThat(code).isEqualTo(dev.baton.cli.ExitCodes.USAGE);
        assertThat(err.toString()).contains("give --auction or --rollup, not both");
    }

    @Test
    void fundIsListedAndNeedsAnAmount() {
        assertThat(run("auction", "--help")).isZero();
        assertThat(out.toString()).contains("fund");
        assertThat(run("auction", "fund")).isEqualTo(dev.baton.cli.ExitCodes.USAGE);
        assertThat(err.toString()).contains("--amount");
    }
}
