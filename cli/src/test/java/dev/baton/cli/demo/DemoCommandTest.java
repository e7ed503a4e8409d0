package dev.baton.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.BatonCli;
import dev.baton.cli.ExitCodes;
import dev.baton.model.DeploymentManifest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {
    @TempDir Path dir;
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = BatonCli.commandLine();
        cli.setOut(new PrintWriter(new StringWriter()));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void aMissingManifestIsAUsageError() {
        assertThat(run("demo", "--manifest", dir.resolve("absent.json").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("--manifest", "absent.json");
    }

    @Test
    void aManifestOffTheDevnetIsRefusedBeforeAnythingIsSent() {
        Path manifest = dir.resolve("manifest.json");
        new DeploymentManifest(1, "http://127.0.0.1:9", 0, Map.of(), Map.of()).write(manifest);
        assertThat(run("demo", "--manifest", manifest.toString(), "--out", dir.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString()).contains("devnet", "was 1");
    }
}
