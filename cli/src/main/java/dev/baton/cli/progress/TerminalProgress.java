package dev.baton.cli.progress;

import java.io.PrintWriter;
import java.util.Locale;

/** A bar per phase, redrawn in place with a carriage return, then left as one finished line. */
public final class TerminalProgress implements ProgressSink {
    private static final int BAR_WIDTH = 30;
    private static final int DETAIL_WIDTH = 40;

    private final PrintWriter err;
    private final Ticker ticker;

    public TerminalProgress(PrintWriter err, Ticker ticker) {
        this.err = err;
        this.ticker = ticker;
    }

    @Override
    public Phase start(String phase, int steps) {
        long started = ticker.nanos();
        String label = String.format(Locale.ROOT, "%-12s", phase);
        draw(label, 0, steps, "");
        return new Phase() {
            private int done;

            @Override
            public void step(String detail) {
                done++;
                draw(label, done, steps, detail);
            }

            @Override
            public void done(String summary) {
                double seconds = (ticker.nanos() - started) / 1e9;
                err.print(
                        "\r\033[2K"
                                + label
                                + " "
                                + bar(steps, steps)
                                + String.format(Locale.ROOT, " %.2f s ", seconds)
                                + summary
                                + "\n");
                err.flush();
            }
        };
    }

    private void draw(String label, int done, int steps, String detail) {
        String count = steps > 0 ? done + "/" + steps : String.valueOf(done);
        String shown =
                detail.length() > DETAIL_WIDTH
                        ? detail.substring(0, DETAIL_WIDTH - 1) + "…"
                        : detail;
        err.print("\r\033[2K" + label + " " + bar(done, steps) + " " + count + " " + shown);
        err.flush();
    }

    /** {@code [#######.......]}; an unknown total shows an empty bar. */
    static String bar(int done, int steps) {
        int filled = steps <= 0 ? 0 : Math.min(BAR_WIDTH, done * BAR_WIDTH / steps);
        return "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "]";
    }
}
