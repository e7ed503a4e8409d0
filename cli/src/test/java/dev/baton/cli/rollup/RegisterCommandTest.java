package dev.baton.cli.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.BatonCli;
import dev.baton.model.DeploymentManifest;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Checks that happen before any connection: an invalid request or option exits 2 and nothing is
 * sent. The manifest points at a port nobody listens on, so any attempt to connect would fail
 * differently (exit 1, a transport error).
 */
class RegisterCommandTest {

    @TempDir Path dir;

    private Path manifest;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void writeManifest() {
        manifest = dir.resolve("deployment.json");
        new DeploymentManifest(
                        31337,
                        "http://127.0.0.1:9",
                        1,
                        Map.of("RollupRegistry", "0x" + "22".repeat(20)),
                        Map.of("ALT", "0x" + "a1".repeat(20), "stSOL", "0x" + "b2".repeat(20)))
                .write(manifest);
    }

    @Test
    void invalidRequestIsRefusedBeforeAnythingIsSent() throws IOException {
        Path request =
                Files.writeString(
                        dir.resolve("bad.json"),
                        ValidateCommandTest.SEED.replace(
                                "\"3\"", "{\"min\": \"4\", \"max\": \"2\"}"));

        int code =
                run(
                        "rollup",
                        "register",
                        "--request",
                        request.toString(),
                        "--manifest",
                        manifest.toString(),
                        "--dev-key",
                        "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .contains("$.execution_layer_req.nb_sequencers: min 4 is above max 2");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void badSaltIsRefusedBeforeAnythingIsSent() {
        int code =
                run(
                        "rollup",
                        "pause",
                        "1",
                        "--salt",
                        "xyz",
                        "--manifest",
                        manifest.toString(),
                        "--dev-key",
                        "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("--salt must be 1 to 64 hex digits, was \"xyz\"");
    }

    @Test
    void badParticipantAddressIsRefusedBeforeAnythingIsSent() {
        int code =
                run(
                        "rollup",
                        "evict",
                        "1",
                        "0x1234",
                        "--manifest",
                        manifest.toString(),
                        "--dev-key",
                        "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("ADDRESS");
    }

    @Test
    void governanceWithoutASignerIsRefusedBeforeAnythingIsSent() {
        int code = run("rollup", "pause", "1", "--manifest", manifest.toString());

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .contains("no signer configured: give --keystore FILE", "--dev-key INDEX");
    }

    @Test
    void devKeyIsRefusedOffTheDevnet() throws IOException {
        Path otherChain = dir.resolve("mainnet.json");
        new DeploymentManifest(
                        1,
                        "http://127.0.0.1:9",
                        1,
                        Map.of("RollupRegistry", "0x" + "22".repeat(20)),
                        Map.of("ALT", "0x" + "a1".repeat(20)))
                .write(otherChain);

        int code =
                run(
                        "rollup",
                        "evict",
                        "1",
                        "0x" + "33".repeat(20),
                        "--manifest",
                        otherChain.toString(),
                        "--dev-key",
                        "0");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .contains("--dev-key (devKeyIndex) 0: development keys sign only on the devnet");
    }

    private int run(String... args) {
        CommandLine cli = BatonCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }
}
