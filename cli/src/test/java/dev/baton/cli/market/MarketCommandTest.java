package dev.baton.cli.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.CliSession;
import dev.baton.cli.ExitCodes;
import dev.baton.cli.TestManifests;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MarketCommandTest {
    @TempDir Path dir;

    private final CliSession cli = new CliSession();

    @Test
    void marketAndProverCommandsAreRegistered() {
        assertThat(cli.run("market", "--help")).isZero();
        assertThat(cli.out())
                .contains("commit", "reveal", "prove", "finalise", "ranking", "claim", "dispute");
        assertThat(cli.run("prover", "--help")).isZero();
        assertThat(cli.out()).contains("stake", "vote", "attest");
    }

    @Test
    void missingManifestIsAConfigurationError() {
        int code =
                cli.run(
                        "market",
                        "finalise",
                        "--height",
                        "1",
                        "--manifest",
                        dir.resolve("none.json").toString());
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--manifest");
    }

    @Test
    void malformedPositionIsAConfigurationError() {
        int code =
                cli.run(
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
        assertThat(cli.err()).contains("position 'two'");
    }

    @Test
    void commitmentIsKeccakOfRootAndSecretOffline() {
        // keccak256(0x11…11 ‖ 0x22…22), as the BlockMarket contract computes it
        // (MarketIds.blockCommitment)
        int code =
                cli.run(
                        "market",
                        "commitment",
                        "--tx-order-root",
                        "0x" + "11".repeat(32),
                        "--secret",
                        "0x" + "22".repeat(32));
        assertThat(code).isZero();
        assertThat(cli.out())
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
                cli.run(
                        "market",
                        "commitment",
                        "--tx-order-root",
                        "0x" + "11".repeat(32),
                        "--secret",
                        "0x22");
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--secret");
    }

    @Test
    void marketAndRollupExcludeEachOther() {
        Path manifest = TestManifests.unreachable(dir.resolve("manifest.json"), 31337);
        int code =
                cli.run(
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
        assertThat(cli.err()).contains("give --market or --rollup, not both");
    }
}
