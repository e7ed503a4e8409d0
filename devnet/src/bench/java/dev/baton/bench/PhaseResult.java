package dev.baton.bench;

/** One measured phase: {@code n} transactions, all mined, in {@code nanos}. */
public record PhaseResult(String name, int n, long nanos) {

    public double txPerSecond() {
        return n / (nanos / 1e9);
    }

    @Override
    public String toString() {
        return String.format(
                "%-7s %5d tx in %8.1f ms = %8.1f tx/s", name, n, nanos / 1e6, txPerSecond());
    }
}
