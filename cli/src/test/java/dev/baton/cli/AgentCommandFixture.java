package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CLI in-process on agent files in a test's directory, for the {@code baton <role> run} tests:
 * a connection file to a port nobody listens on (so a config check that let anything through would
 * fail on connecting, not pass), the agent file, and the checks that the command refused it.
 */
public final class AgentCommandFixture {
    private final Path dir;

    public AgentCommandFixture(Path dir) {
        this.dir = dir;
    }

    /**
     * A fixture in {@code dir} whose {@code baton.yaml} points at a port nobody listens on, so the
     * config check must fail before any connection.
     */
    public static AgentCommandFixture withConnectionToNowhere(Path dir, int devKeyIndex)
            throws IOException {
        AgentCommandFixture fixture = new AgentCommandFixture(dir);
        fixture.connectionToNowhere(devKeyIndex);
        return fixture;
    }

    /**
     * Writes {@code baton.yaml}: an RPC port nobody listens on, a manifest that does not exist,
     * that dev key.
     */
    public void connectionToNowhere(int devKeyIndex) throws IOException {
        Files.writeString(
                dir.resolve("baton.yaml"),
                "rpcUrl: http://127.0.0.1:1\nmanifest: none.json\ndevKeyIndex: "
                        + devKeyIndex
                        + "\n");
    }

    /** Writes the agent file {@code name} with {@code body}; returns its path. */
    public Path agentFile(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, body);
        return file;
    }

    /**
     * Runs {@code baton <role> run --agent <config>} and checks that it exited with the usage code,
     * its stderr naming every one of {@code err}, and that none of {@code notCreated} (files of the
     * test's directory) exists afterwards.
     */
    public void assertRefused(String role, Path config, String[] err, String... notCreated) {
        CliRun run = CliRun.of(role, "run", "--agent", config.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err()).contains(err);
        for (String name : notCreated) {
            assertThat(dir.resolve(name)).doesNotExist();
        }
    }
}
