package dev.baton.cli;

import dev.baton.model.Json;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * One {@code baton} command run in this JVM, as a user would type it, with its exit code and what
 * it printed on stdout and stderr: the tests' single in-process runner.
 */
public record CliRun(int exitCode, String out, String err) {

    /** Runs {@code baton <args>} and captures both streams. */
    public static CliRun of(String... args) {
        CliSession session = new CliSession();
        int code = session.run(args);
        return new CliRun(code, session.out(), session.err());
    }

    /** {@code command} followed by {@code options}: a command line with options every run adds. */
    public static String[] args(String[] command, String... options) {
        return Stream.concat(Stream.of(command), Stream.of(options)).toArray(String[]::new);
    }

    /** Stdout as JSON (for runs with {@code -o json}). */
    public JsonNode json() {
        return Json.MAPPER.readTree(out);
    }
}
