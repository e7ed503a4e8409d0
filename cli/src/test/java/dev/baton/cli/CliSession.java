package dev.baton.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * {@code baton} commands run one after the other in this JVM, as a user would type them, with what
 * they printed on stdout and stderr gathered across the runs (a test reads both after each run).
 */
public final class CliSession {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Runs {@code baton <args>} and returns its exit code. */
    public int run(String... args) {
        var cli = BatonCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** Everything the runs so far printed on stdout. */
    public String out() {
        return out.toString();
    }

    /** Everything the runs so far printed on stderr. */
    public String err() {
        return err.toString();
    }
}
