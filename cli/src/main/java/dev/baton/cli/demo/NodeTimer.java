package dev.baton.cli.demo;

import dev.baton.cli.progress.Ticker;
import java.util.function.Supplier;

/**
 * Measures how much wall time the node accounts for: the time during which at least one JSON-RPC
 * call (or a wait for the node to mine) is outstanding. Overlapping calls from several threads
 * count once, so the node's share never exceeds the wall time; everything else is the client's
 * share.
 */
public final class NodeTimer {
    private final Ticker ticker;
    private int inFlight;
    private long busySince;
    private long busyNanos;

    public NodeTimer(Ticker ticker) {
        this.ticker = ticker;
    }

    public <T> T time(Supplier<T> call) {
        enter();
        try {
            return call.get();
        } finally {
            exit();
        }
    }

    public void time(Runnable call) {
        enter();
        try {
            call.run();
        } finally {
            exit();
        }
    }

    public synchronized long nodeNanos() {
        return busyNanos + (inFlight > 0 ? ticker.nanos() - busySince : 0);
    }

    private synchronized void enter() {
        if (inFlight++ == 0) {
            busySince = ticker.nanos();
        }
    }

    private synchronized void exit() {
        if (--inFlight == 0) {
            busyNanos += ticker.nanos() - busySince;
        }
    }
}
