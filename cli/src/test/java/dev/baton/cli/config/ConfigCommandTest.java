package dev.baton.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.CliSession;
import dev.baton.cli.ExitCodes;
import dev.baton.cli.TestManifests;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigCommandTest {
    @TempDir Path dir;
    private final CliSession cli = new CliSession();

    @Test
    void anUnreachableNodeFailsTheCheckWithExitTwoAndPrintsEveryStep() throws Exception {
        Path manifest = TestManifests.unreachable(dir.resolve("manifest.json"), 31337);
        Path config =
                Files.writeString(
                        dir.resolve("baton.json"),
                        "{\"manifest\": \"" + manifest + "\", \"devKeyIndex\": 2}");

        int code = cli.run("config", "check", "--config", config.toString(), "--output", "json");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.out())
                .contains(
                        "\"check\" : \"node\"",
                        "\"status\" : \"FAILED\"",
                        "\"check\" : \"signer\"");
        assertThat(cli.err()).contains("config check failed at 'node'");
    }

    @Test
    void anUnknownKeyIsNamedInTheTextOutput() throws Exception {
        Path config = Files.writeString(dir.resolve("baton.json"), "{\"manifets\": \"m.json\"}");

        int code = cli.run("config", "check", "--config", config.toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.out())
                .contains("FAILED  config file:", "unknown key 'manifets'")
                .contains("skipped node: config file failed");
    }

    @Test
    void checksAYamlConfigStepByStep() throws Exception {
        Path manifest = TestManifests.unreachable(dir.resolve("manifest.json"), 31337);
        Path config =
                Files.writeString(
                        dir.resolve("baton.yaml"), "manifest: " + manifest + "\ndevKeyIndex: 2\n");

        int code = cli.run("config", "check", "--config", config.toString());

        // the file, environment, settings and manifest pass; the unreachable node is the first
        // failure
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.out())
                .contains(
                        "ok      config file: " + config + " parsed",
                        "ok      manifest:",
                        "FAILED  node:");
    }

    @Test
    void anUnknownYamlKeyIsNamedInTheTextOutput() throws Exception {
        Path config = Files.writeString(dir.resolve("baton.yml"), "manifets: m.json\n");

        int code = cli.run("config", "check", "--config", config.toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.out())
                .contains("FAILED  config file:", "unknown key 'manifets'", "line 1")
                .contains("skipped node: config file failed");
    }
}
