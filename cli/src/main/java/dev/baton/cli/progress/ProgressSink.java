package dev.baton.cli.progress;

import java.io.PrintWriter;

/**
 * Where a long command reports its progress: one {@link Phase} after another, each with a known
 * number of steps. Progress goes to stderr, never into a command's result on stdout.
 */
public interface ProgressSink {
    /** Starts a phase of {@code steps} steps (0 when unknown). */
    Phase start(String phase, int steps);

    /** One running phase. */
    interface Phase {
        /** One step done; {@code detail} says which. */
        void step(String detail);

        /** The phase finished; {@code summary} says with what. */
        void done(String summary);
    }

    /**
     * A progress bar per phase when stderr is a terminal (System.console() != null), plain lines
     * otherwise.
     */
    static ProgressSink forStderr(PrintWriter err) {
        return System.console() != null
                ? new TerminalProgress(err, Ticker.SYSTEM)
                : new PlainProgress(err, Ticker.SYSTEM);
    }

    /** Reports nothing (tests, --quiet). */
    static ProgressSink silent() {
        return (phase, steps) ->
                new Phase() {
                    @Override
                    public void step(String detail) {}

                    @Override
                    public void done(String summary) {}
                };
    }
}
