package dev.baton.cli.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Checks that happen before any connection: an invalid request or option exits 2 and nothing is
 * sent. The manifest points at a port nobody listens on, so any attempt to connect would fail
 * differently (exit 1, a transport error).
 */
class RegisterCommandTest {

    @TempDir Path dir;

    private Path manifest;

    @BeforeEach
    void writeManifest() {
        manifest =
                ValidateCommandTest.writeManifest(
                        dir.resolve("deployment.json"), 31337, "http://127.0.0.1:9");
    }

    @Test
    void invalidRequestIsRefusedBeforeAnythingIsSent() throws IOException {
        Path request =
                Files.writeString(
                        dir.resolve("bad.json"),
                        ValidateCommandTest.SEED.replace(
                                "\"3\"", "{\"min\": \"4\", \"max\": \"2\"}"));

        CliRun run = withDevKey(manifest, "rollup", "register", "--request", request.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("$.execution_layer_req.nb_sequencers: min 4 is above max 2");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void badSaltIsRefusedBeforeAnythingIsSent() {
        CliRun run = withDevKey(manifest, "rollup", "pause", "1", "--salt", "xyz");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--salt must be 1 to 64 hex digits, was \"xyz\"");
    }

    @Test
    void badParticipantAddressIsRefusedBeforeAnythingIsSent() {
        CliRun run = withDevKey(manifest, "rollup", "evict", "1", "0x1234");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("ADDRESS");
    }

    @Test
    void governanceWithoutASignerIsRefusedBeforeAnythingIsSent() {
        CliRun run = CliRun.of("rollup", "pause", "1", "--manifest", manifest.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("no signer configured: give --keystore FILE", "--dev-key INDEX");
    }

    @Test
    void devKeyIsRefusedOffTheDevnet() {
        Path otherChain =
                ValidateCommandTest.writeManifest(
                        dir.resolve("mainnet.json"), 1, "http://127.0.0.1:9");

        CliRun run = withDevKey(otherChain, "rollup", "evict", "1", "0x" + "33".repeat(20));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("--dev-key (devKeyIndex) 0: development keys sign only on the devnet");
    }

    /** Runs {@code baton <command> --manifest <manifest> --dev-key 0}. */
    private static CliRun withDevKey(Path manifest, String... command) {
        return CliRun.of(
                Stream.concat(
                                Stream.of(command),
                                Stream.of("--manifest", manifest.toString(), "--dev-key", "0"))
                        .toArray(String[]::new));
    }
}
