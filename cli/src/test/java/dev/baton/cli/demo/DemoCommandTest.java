package dev.baton.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.CliSession;
import dev.baton.cli.ExitCodes;
import dev.baton.cli.TestManifests;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
    @TempDir Path dir;
    private final CliSession cli = new CliSession();

    @Test
    void aMissingManifestIsAUsageError() {
        assertThat(cli.run("demo", "--manifest", dir.resolve("absent.json").toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--manifest", "absent.json");
    }

    @Test
    void aManifestOffTheDevnetIsRefusedBeforeAnythingIsSent() {
        Path manifest = TestManifests.unreachable(dir.resolve("manifest.json"), 1);
        assertThat(cli.run("demo", "--manifest", manifest.toString(), "--out", dir.toString()))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("devnet", "was 1");
    }
}
