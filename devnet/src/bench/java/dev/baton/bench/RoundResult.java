package dev.baton.bench;

import java.util.List;

/**
 * One measured round: the raw baselines (one request per transaction, and batched as the client
 * batches) and the client, N transfers each, back to back in {@code order} (phase names, first to
 * last).
 */
record RoundResult(
        int round,
        PhaseResult rawOneByOne,
        PhaseResult rawBatched,
        PhaseResult client,
        List<String> order) {

    RoundResult {
        order = List.copyOf(order);
    }

    /**
     * Client throughput over the like-for-like raw throughput (batched, mined the same way): the
     * client's overhead.
     */
    double ratio() {
        return client.txPerSecond() / rawBatched.txPerSecond();
    }

    /** Client throughput over raw sends one request each, each automined in its own block. */
    double ratioVsOneByOne() {
        return client.txPerSecond() / rawOneByOne.txPerSecond();
    }

    @Override
    public String toString() {
        return String.format(
                "round %d (%s first): %s | %s | %s | client/raw-batch = %.3f, client/raw = %.3f",
                round, order.get(0), rawOneByOne, rawBatched, client, ratio(), ratioVsOneByOne());
    }
}
