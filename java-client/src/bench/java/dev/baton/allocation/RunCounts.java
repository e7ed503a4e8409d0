package dev.baton.allocation;

/**
 * Runs of one party's slots over many seeds. For each length {@code k} (index 1..e): the observed
 * number of windows of {@code k} consecutive slots all held by the party, the number a uniformly
 * random slot order with the same slot counts gives in expectation ({@code (e - k + 1) ·
 * c(c-1)..(c-k+1) / (e(e-1)..(e-k+1))} for a seed where the party holds {@code c} slots, summed
 * over seeds), and the number of seeds in which the party holds at least one run of {@code k}
 * (Lemma 3's event).
 *
 * @param seeds number of seeds
 * @param observedWindows index k: windows of length k held by the party, summed over seeds
 * @param randomWindows index k: expected windows under a random order with the same slot counts
 * @param seedsWithRun index k: seeds in which the party holds k consecutive slots somewhere
 */
public record RunCounts(
        long seeds, double[] observedWindows, double[] randomWindows, long[] seedsWithRun) {

    /**
     * Observed over random-order windows at length {@code k} (NaN when the random order expects
     * none).
     */
    public double ratio(int k) {
        return randomWindows[k] == 0 ? Double.NaN : observedWindows[k] / randomWindows[k];
    }

    /** Frequency of seeds with a run of {@code k}. */
    public double runFrequency(int k) {
        return (double) seedsWithRun[k] / seeds;
    }

    /**
     * Whether the observed windows at {@code k} are within {@code factor} of the random order,
     * allowing for the sampling noise of a count (three standard deviations of a Poisson count with
     * the allowed mean, plus 3): a length whose random-order expectation is a fraction of one
     * window is thereby judged by whether it shows up far more often than that, not by a ratio of
     * tiny numbers.
     */
    public boolean withinFactor(int k, double factor) {
        double allowed = factor * randomWindows[k];
        return observedWindows[k] <= allowed + 3 * Math.sqrt(allowed) + 3;
    }

    /** Accumulates seeds. */
    static final class Builder {
        private final int slots;
        private final long[] runLengths; // maximal runs by length
        private final long[] longest; // seeds by longest run
        private final long[] partyCounts; // seeds by the party's slot count

        Builder(int slots) {
            this.slots = slots;
            this.runLengths = new long[slots + 1];
            this.longest = new long[slots + 1];
            this.partyCounts = new long[slots + 1];
        }

        void add(boolean[] held) {
            int run = 0;
            int max = 0;
            int count = 0;
            for (int t = 0; t <= slots; t++) {
                if (t < slots && held[t]) {
                    run++;
                    count++;
                } else if (run > 0) {
                    runLengths[run]++;
                    max = Math.max(max, run);
                    run = 0;
                }
            }
            longest[max]++;
            partyCounts[count]++;
        }

        RunCounts build(long seeds) {
            double[] observed = new double[slots + 1];
            double[] random = new double[slots + 1];
            long[] withRun = new long[slots + 1];
            for (int k = 1; k <= slots; k++) {
                for (int length = k; length <= slots; length++) {
                    observed[k] += (double) (length - k + 1) * runLengths[length];
                    withRun[k] += longest[length];
                }
                for (int c = k; c <= slots; c++) {
                    if (partyCounts[c] == 0) {
                        continue;
                    }
                    double p = 1;
                    for (int i = 0; i < k; i++) {
                        p *= (double) (c - i) / (slots - i);
                    }
                    random[k] += (slots - k + 1) * p * partyCounts[c];
                }
            }
            return new RunCounts(seeds, observed, random, withRun);
        }
    }
}
