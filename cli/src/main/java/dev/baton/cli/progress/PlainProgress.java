package dev.baton.cli.progress;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * One line per step and per finished phase, for logs and pipes: {@code [auction] 3/16 slot 2
 * published}.
 */
public final class PlainProgress implements ProgressSink {
    private final PrintWriter err;
    private final Ticker ticker;

    public PlainProgress(PrintWriter err, Ticker ticker) {
        this.err = err;
        this.ticker = ticker;
    }

    @Override
    public Phase start(String phase, int steps) {
        long started = ticker.nanos();
        err.println("[" + phase + "] started" + (steps > 0 ? " (" + steps + " steps)" : ""));
        err.flush();
        return new Phase() {
            private int done;

            @Override
            public void step(String detail) {
                done++;
                err.println(
                        "[" + phase + "] " + done + (steps > 0 ? "/" + steps : "") + " " + detail);
                err.flush();
            }

            @Override
            public void done(String summary) {
                double seconds = (ticker.nanos() - started) / 1e9;
                err.println(
                        String.format(
                                Locale.ROOT, "[%s] done in %.2f s: %s", phase, seconds, summary));
                err.flush();
            }
        };
    }
}
