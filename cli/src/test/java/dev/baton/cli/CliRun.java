package dev.baton.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One {@code baton} command run in this JVM, as a user would type it, with its exit code and what
 * it printed on stdout and stderr: the tests' single in-process runner.
 */
public record CliRun(int exitCode, String out, String err) {

    /** Runs {@code baton <args>} and captures both streams. */
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = BatonCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
