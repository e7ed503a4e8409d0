package dev.baton.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CLI in-process on agent files in a test's directory, for the {@code baton <role> run} tests:
 * a connection file to a port nobody listens on (so a config check that let anything through would
 * fail on connecting, not pass), the agent file, and the command's exit code and output.
 */
public final class AgentCommandFixture {
    private final Path dir;

    public AgentCommandFixture(Path dir) {
        this.dir = dir;
    }

    /** What a command returned and printed. */
    public record Result(int code, String out, String err) {}

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

    /** {@code baton <role> run --agent <config>}. */
    public static Result runAgent(String role, Path config) {
        return run(role, "run", "--agent", config.toString());
    }

    /** {@code baton <args>}, its stdout and stderr captured. */
    public static Result run(String... args) {
        CliRun run = CliRun.of(args);
        return new Result(run.exitCode(), run.out(), run.err());
    }
}
