package dev.baton.cli.report;

/**
 * The run's wall time and where it went: waiting on the node (JSON-RPC round trips) versus the
 * client's own work.
 *
 * @param wallMillis from the first phase's start to the last phase's end
 * @param nodeMillis time spent inside JSON-RPC calls
 */
public record Timing(long wallMillis, long nodeMillis) {
    public Timing {
        if (wallMillis < 0 || nodeMillis < 0 || nodeMillis > wallMillis) {
            throw new IllegalArgumentException(
                    "timing needs 0 <= nodeMillis <= wallMillis, was "
                            + nodeMillis
                            + " of "
                            + wallMillis);
        }
    }

    public long clientMillis() {
        return wallMillis - nodeMillis;
    }

    /** The node's share of the wall time, 0..1. */
    public double nodeShare() {
        return wallMillis == 0 ? 0 : (double) nodeMillis / wallMillis;
    }
}
