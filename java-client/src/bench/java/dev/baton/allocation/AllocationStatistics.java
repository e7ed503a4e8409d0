package dev.baton.allocation;

import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Monte Carlo statistics of the election over many seeds (MECHANISM.md §3.3, TARGETS.md "Allocation
 * quality"): the distribution of one party's slot count (splitting never pays) and the runs of
 * consecutive slots it holds against a uniformly random slot order with the same slot counts. Seeds
 * are 64-bit values widened to bytes32, as on chain, drawn from a fixed-seed generator so that
 * every run of a case is reproducible.
 */
public final class AllocationStatistics {
    private AllocationStatistics() {}

    /** A stake line and which of its entries belong to the party under study. */
    public record PartyLine(StakeLine line, boolean[] party) {
        public PartyLine {
            if (party.length != line.count()) {
                throw new IllegalArgumentException(
                        "party mask has " + party.length + " entries, line " + line.count());
            }
        }

        /** The party's share of the total stake. */
        public double share() {
            long units = 0;
            for (int j = 0; j < party.length; j++) {
                if (party[j]) {
                    units += line.units(j);
                }
            }
            return (double) units / line.total();
        }
    }

    /**
     * Histogram (index = slot count, 0..slots) of the party's slots over {@code seeds} seeds;
     * sampling only.
     */
    public static long[] slotCountHistogram(
            int slots, Function<SplittableRandom, PartyLine> lines, long seeds, long rngSeed) {
        SplittableRandom random = new SplittableRandom(rngSeed);
        long[] histogram = new long[slots + 1];
        for (long n = 0; n < seeds; n++) {
            PartyLine pl = lines.apply(random);
            EpochKey key = randomKey(random);
            long[] offsets = SlotAllocation.offsets(key, pl.line().total(), slots);
            int[] owners = SlotAllocation.ownersInItemOrder(pl.line(), offsets, slots);
            int mine = 0;
            for (int owner : owners) {
                if (pl.party()[owner]) {
                    mine++;
                }
            }
            histogram[mine]++;
        }
        return histogram;
    }

    /** Runs of a party given by its line (full schedule: sampling and permutation). */
    public static RunCounts runs(
            int slots, Function<SplittableRandom, PartyLine> lines, long seeds, long rngSeed) {
        SplittableRandom random = new SplittableRandom(rngSeed);
        RunCounts.Builder counts = new RunCounts.Builder(slots);
        boolean[] held = new boolean[slots];
        for (long n = 0; n < seeds; n++) {
            PartyLine pl = lines.apply(random);
            EpochSchedule schedule = SlotAllocation.schedule(randomKey(random), slots, pl.line());
            for (int t = 0; t < slots; t++) {
                held[t] = pl.party()[schedule.entryOfSlot(t)];
            }
            counts.add(held);
        }
        return counts.build(seeds);
    }

    /**
     * Runs of a party that holds exactly the items {@code [0, items)} (a first entry whose share is
     * a whole number of strata holds exactly those): the permutation alone decides its runs, so no
     * sampling is computed.
     */
    public static RunCounts runsOfFirstItems(int slots, int items, long seeds, long rngSeed) {
        SplittableRandom random = new SplittableRandom(rngSeed);
        RunCounts.Builder counts = new RunCounts.Builder(slots);
        boolean[] held = new boolean[slots];
        for (long n = 0; n < seeds; n++) {
            SlotPermutation permutation = SlotPermutation.of(randomKey(random), slots);
            java.util.Arrays.fill(held, false);
            for (int m = 0; m < items; m++) {
                held[permutation.slotOfItem(m)] = true;
            }
            counts.add(held);
        }
        return counts.build(seeds);
    }

    /** {@code P(Binomial(n, p) >= x)} for x in 0..n+1 (index x). */
    public static double[] binomialTail(int n, double p) {
        double[] pmf = new double[n + 1];
        // Log-space pmf, stable for n up to a few thousand.
        for (int x = 0; x <= n; x++) {
            double log =
                    logChoose(n, x)
                            + (x == 0 ? 0 : x * Math.log(p))
                            + (n - x == 0 ? 0 : (n - x) * Math.log1p(-p));
            pmf[x] = Math.exp(log);
        }
        double[] tail = new double[n + 2];
        for (int x = n; x >= 0; x--) {
            tail[x] = tail[x + 1] + pmf[x];
        }
        return tail;
    }

    /**
     * One-sided p-value of seeing at least {@code count} events where {@code expected} are
     * expected: the upper tail of a Poisson distribution (the limit of Binomial(samples, p) for the
     * small p of a distribution's far tail). "Within 3 sigma" read with a normal approximation
     * fails on a single event once fewer than ~0.1 are expected; this exact tail gives the same
     * 3-sigma level (p &ge; 0.00135) at every count.
     */
    public static double poissonUpperTail(long count, double expected) {
        if (count <= 0) {
            return 1.0;
        }
        if (expected <= 0) {
            return 0.0;
        }
        double logPmf = count * Math.log(expected) - expected - logFactorial(count);
        if (count <= expected) {
            // At or below the mean the upper tail is at least about a half: sum the shorter lower
            // tail instead.
            double below = 0;
            double term = Math.exp(logPmf) * count / expected;
            for (long j = count - 1; j >= 0 && term > 0; j--) {
                below += term;
                term *= j / expected;
            }
            return Math.max(0.0, Math.min(1.0, 1.0 - below));
        }
        // Above the mean the terms shrink by expected / (j + 1) each.
        double sum = 0;
        double term = Math.exp(logPmf);
        for (long j = count; term > 0 && term > sum * 1e-17; j++) {
            sum += term;
            term *= expected / (j + 1);
        }
        return Math.min(1.0, sum);
    }

    private static double logFactorial(long n) {
        if (n < 256) {
            double log = 0;
            for (long i = 2; i <= n; i++) {
                log += Math.log(i);
            }
            return log;
        }
        // Stirling's series, accurate to ~1e-10 relative from n = 256 on.
        double x = n;
        return x * Math.log(x)
                - x
                + 0.5 * Math.log(2 * Math.PI * x)
                + 1 / (12 * x)
                - 1 / (360 * x * x * x);
    }

    /** Tail of an empirical histogram: index x = fraction of samples with at least x. */
    public static double[] tailOf(long[] histogram) {
        long total = 0;
        for (long h : histogram) {
            total += h;
        }
        double[] tail = new double[histogram.length + 1];
        long above = 0;
        for (int x = histogram.length - 1; x >= 0; x--) {
            above += histogram[x];
            tail[x] = (double) above / total;
        }
        return tail;
    }

    private static double logChoose(int n, int k) {
        double s = 0;
        for (int i = 0; i < k; i++) {
            s += Math.log(n - i) - Math.log(i + 1);
        }
        return s;
    }

    /** A key as on chain: {@code bytes32(uint256(uint64 seed))}. */
    static EpochKey randomKey(SplittableRandom random) {
        byte[] bytes = new byte[EpochKey.LENGTH];
        long seed = random.nextLong();
        for (int i = 0; i < 8; i++) {
            bytes[EpochKey.LENGTH - 1 - i] = (byte) (seed >>> (8 * i));
        }
        return EpochKey.of(bytes);
    }
}
