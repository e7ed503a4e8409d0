package dev.baton.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.BatonCli;
import dev.baton.cli.ExitCodes;
import dev.baton.model.DeploymentManifest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ConfigCommandTest {
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
    void anUnreachableNodeFailsTheCheckWithExitTwoAndPrintsEveryStep() throws Exception {
        Path manifest = dir.resolve("manifest.json");
        // port 9 (discard) on loopback: nothing answers JSON-RPC there
        new DeploymentManifest(31337, "http://127.0.0.1:9", 0, Map.of(), Map.of()).write(manifest);
        Path config =
                Files.writeString(
                        dir.resolve("baton.json"),
                        "{\"manifest\": \"" + manifest + "\", \"devKeyIndex\": 2}");

        int code = run("config", "check", "--config", config.toString(), "--output", "json");

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(out.toString())
                .contains(
                        "\"check\" : \"node\"",
                        "\"status\" : \"FAILED\"",
                        "\"check\" : \"signer\"");
        assertThat(err.toString()).contains("config check failed at 'node'");
    }

    @Test
    void anUnknownKeyIsNamedInTheTextOutput() throws Exception {
        Path config = Files.writeString(dir.resolve("baton.json"), "{\"manifets\": \"m.json\"}");

        int code = run("config", "check", "--config", config.toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(out.toString())
                .contains("FAILED  config file:", "unknown key 'manifets'")
                .contains("skipped node: config file failed");
    }

    @Test
    void checksAYamlConfigStepByStep() throws Exception {
        Path manifest = dir.resolve("manifest.json");
        new DeploymentManifest(31337, "http://127.0.0.1:9", 0, Map.of(), Map.of()).write(manifest);
        Path config =
                Files.writeString(
                        dir.resolve("baton.yaml"), "manifest: " + manifest + "\ndevKeyIndex: 2\n");

        int code = run("config", "check", "--config", config.toString());

        // the file, environment, settings and manifest pass; the unreachable node is the first
        // failure
        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(out.toString())
                .contains(
                        "ok      config file: " + config + " parsed",
                        "ok      manifest:",
                        "FAILED  node:");
    }

    @Test
    void anUnknownYamlKeyIsNamedInTheTextOutput() throws Exception {
        Path config = Files.writeString(dir.resolve("baton.yml"), "manifets: m.json\n");

        int code = run("config", "check", "--config", config.toString());

        assertThat(code).isEqualTo(ExitCodes.USAGE);
        assertThat(out.toString())
                .contains("FAILED  config file:", "unknown key 'manifets'", "line 1")
                .contains("skipped node: config file failed");
    }
}
