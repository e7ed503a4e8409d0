package dev.baton.cli.auction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.CliSession;
import dev.baton.cli.TestManifests;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuctionCommandTest {
    private final CliSession cli = new CliSession();

    @Test
    void listsEveryAuctionCommand() {
        assertThat(cli.run("auction", "--help")).isZero();
        assertThat(cli.out())
                .contains("bid", "seal", "schedule", "publish", "settle", "claim", "status");
    }

    @Test
    void aMissingManifestIsAConfigurationError(@TempDir Path dir) {
        int code =
                cli.run(
                        "auction",
                        "status",
                        "0",
                        "--manifest",
                        dir.resolve("none.json").toString());
        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("--manifest: no file at");
    }

    @Test
    void aMalformedBatchHashIsAConfigurationError() {
        int code = cli.run("auction", "publish", "0", "1", "0x1234");
        assertThat(code).isEqualTo(2);
        assertThat(cli.err()).contains("BATCH_HASH: '0x1234' is not 32 bytes of hex");
    }

    @Test
    void auctionAndRollupExcludeEachOther(@TempDir Path dir) {
        Path manifest = TestManifests.unreachable(dir.resolve("manifest.json"), 31337);
        int code =
                cli.run(
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
        assertThat(cli.err()).contains("give --auction or --rollup, not both");
    }

    @Test
    void fundIsListedAndNeedsAnAmount() {
        assertThat(cli.run("auction", "--help")).isZero();
        assertThat(cli.out()).contains("fund");
        assertThat(cli.run("auction", "fund")).isEqualTo(dev.baton.cli.ExitCodes.USAGE);
        assertThat(cli.err()).contains("--amount");
    }
}
