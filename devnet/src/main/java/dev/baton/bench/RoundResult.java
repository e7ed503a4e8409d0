package dev.baton.bench;

/** One measured round: the raw baseline and the client, N transfers each, back to back ({@code rawFirst} says which went first). */
record RoundResult(int round, PhaseResult raw, PhaseResult client, boolean rawFirst) {

    /** Client throughput over raw throughput in this round. */
    double ratio() {
        return client.txPerSecond() / raw.txPerSecond();
    }

    @Override
    public String toString() {
        PhaseResult first = rawFirst ? raw : client;
        PhaseResult second = rawFirst ? client : raw;
        return String.format("round %d: %s | %s | client/raw = %.3f", round, first, second, ratio());
    }
}
