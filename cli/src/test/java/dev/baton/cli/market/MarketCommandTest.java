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
        assertThat(out.toString())
                .contains("commit", "reveal", "prove", "finalise", "ranking", "claim", "dispute");
        assertThat(run("prover", "--help")).isZero();
        assertThat(out.toString()).contains("stake", "vote", "attest");
    }

    @Test
    void missingManifestIsAConfigurationError() {
        int code =
                run(
                        "market",
                        "finalise",
                        "--height",
                        "1",
                        "--manifest",
                        dir.resolve("none.json").toString());
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--manifest");
    }

    @Test
    void malformedPositionIsAConfigurationError() {
        int code =
                run(
                        "prover",
                        "vote",
                        "--height",
                        "1",
                        "--commitment",
                        "0x" + "00".repeat(32),
                        "--proposer",
                        "0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65",
                        "--prover-bps",
                        "2500",
                        "--position",
                        "two",
                        "--out",
                        dir.resolve("v.json").toString(),
                        "--manifest",
                        dir.resolve("none.json").toString());
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("position 'two'");
    }

    @Test
    void commitmentIsKeccakOfRootAndSecretOffline() {
        // keccak256(0x11…11 ‖ 0x22…22), as the BlockMarket contract computes it
        // (MarketIds.blockCommitment)
        int code =
                run(
                        "market",
                        "commitment",
                        "--tx-order-root",
                        "0x" + "11".repeat(32),
                        "--secret",
                        "0x" + "22".repeat(32));
        assertThat(code).isZero();
        assertThat(out.toString())
                .contains(
                        "blockCommitment: "
                                + dev.baton.market.MarketIds.blockCommitment(
                                                dev.baton.market.Bytes32.of("0x" + "11".repeat(32)),
                                                dev.baton.market.Bytes32.of("0x" + "22".repeat(32)))
                                        .hex());
    }

    @Test
    void aMalformedSecretIsNamed() {
        int code =
                run(
                        "market",
                        "commitment",
                        "--tx-order-root",
                        "0x" + "11".repeat(32),
                        "--secret",
                        "0x22");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--secret");
    }

    @Test
    void marketAndRollupExcludeEachOther() {
        Path manifest = dir.resolve("manifest.json");
        new dev.baton.model.DeploymentManifest(
                        31337, "http://127.0.0.1:9", 0, java.util.Map.of(), java.util.Map.of())
                .write(manifest);
        int code =
                run(
                        "market",
                        "finalise",
                        "--height",
                        "1",
                        "--rollup",
                        "2",
                        "--market",
                        "0x" + "11".repeat(20),
                        "--manifest",
                        manifest.toString(),
                        "--dev-key",
                        "0");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("give --market or --rollup, not both");
    }
}
