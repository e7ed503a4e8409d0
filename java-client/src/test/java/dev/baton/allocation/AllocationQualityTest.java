package dev.baton.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * MECHANISM.md §3.3 over 10^5 seeds per case (the benchmark command, AllocationBenchmark, runs 10^6
 * and more): splitting never pays against the Binomial(e, s) tail, runs within 1.3 times of a
 * uniformly random slot order, and Lemma 3's liveness bound. Each test prints its table.
 */
class AllocationQualityTest {
    static final long SEEDS = 100_000;

    @Test
    void splittingNeverPaysAnInterleavedSybilStaysUnderTheBinomialTail() {
        for (AllocationCases.Sybil c : AllocationCases.SYBIL) {
            long[] histogram =
                    AllocationStatistics.slotCountHistogram(c.slots(), c.lines(), SEEDS, 1);
            double[] tail = AllocationStatistics.tailOf(histogram);
            double[] binomial = AllocationStatistics.binomialTail(c.slots(), c.share());
            double mean = c.share() * c.slots();
            System.out.printf(
                    "%s (%,d seeds)%n   x   P(X >= x)   Binomial tail%n", c.name(), SEEDS);
            for (int x = (int) Math.ceil(mean + 1); x <= c.slots(); x++) {
                if (tail[x] == 0 && binomial[x] < 1e-7) {
                    break;
                }
                System.out.printf("  %2d   %.6f   %.6f%n", x, tail[x], binomial[x]);
                // Three standard deviations of the estimate: an allocation that equals the binomial
                // (the 1-slot blocks do: every stratum is then the party's with probability s,
                // independently) must pass.
                double sigma = Math.sqrt(binomial[x] * (1 - binomial[x]) / SEEDS);
                assertThat(tail[x])
                        .as("%s: P(X >= %d)", c.name(), x)
                        .isLessThanOrEqualTo(binomial[x] + 3 * sigma + 1e-9);
            }
            assertThat(tail[c.slots()]).as("%s: P(all slots)", c.name()).isLessThanOrEqualTo(1e-4);
        }
    }

    @Test
    void runsOfOnePartyAreWithinThirtyPercentOfARandomOrder() {
        // CI runs one case per slot count (the benchmark runs them all): e = 8, 32, 64 at 10^5
        // seeds, 1,024 at 10^4.
        for (AllocationCases.Runs c :
                new AllocationCases.Runs[] {
                    AllocationCases.RUNS[1],
                    AllocationCases.RUNS[3],
                    AllocationCases.RUNS[5],
                    AllocationCases.RUNS[6]
                }) {
            long seeds = c.slots() > 64 ? SEEDS / 10 : SEEDS;
            RunCounts runs = AllocationStatistics.runsOfFirstItems(c.slots(), c.items(), seeds, 2);
            print(c.name(), seeds, runs, c.items());
            for (int k = 1; k <= c.items(); k++) {
                assertThat(runs.withinFactor(k, 1.3))
                        .as(
                                "%s: windows of %d (observed %.1f, random order %.1f)",
                                c.name(), k, runs.observedWindows()[k], runs.randomWindows()[k])
                        .isTrue();
            }
        }
    }

    @Test
    void aQuarterFirstEntryRarelyHoldsAllItsEightSlotsInARow() {
        RunCounts runs = AllocationStatistics.runsOfFirstItems(32, 8, SEEDS, 3);
        System.out.printf(
                "25%% first entry, e = 32: all 8 in a row %.2e (random order 2.4e-6, 4-round Feistel 7e-4)%n",
                runs.runFrequency(8));
        // 10^5 seeds see a frequency of 1e-5 as one event: at most 3 allowed (the 4-round network
        // gave 70).
        assertThat(runs.seedsWithRun()[8]).isLessThanOrEqualTo(3);
    }

    /**
     * Lemma 3 with e - k + 1 windows, k up to e/4 at e = 64 and e = 32, for a 30 % party split
     * among others.
     */
    @Test
    void lemma3LivenessBoundHoldsUpToAQuarterOfTheEpoch() {
        for (int e : new int[] {64}) {
            AllocationCases.Sybil party =
                    new AllocationCases.Sybil("30% in " + e + " pieces", e, e, 0.30, true);
            RunCounts runs = AllocationStatistics.runs(e, party.lines(), SEEDS, 4);
            System.out.printf(
                    "Lemma 3, 30%% party, e = %d (%,d seeds)%n   k   frequency    (e-k+1)s^k%n",
                    e, SEEDS);
            for (int k = 1; k <= e / 4; k++) {
                double bound = (e - k + 1) * Math.pow(0.30, k);
                System.out.printf("  %2d   %.3e   %.3e%n", k, runs.runFrequency(k), bound);
                double allowance = 3 * Math.sqrt(Math.min(1, bound) / SEEDS) + 1.0 / SEEDS;
                assertThat(runs.runFrequency(k))
                        .as("e = %d, k = %d", e, k)
                        .isLessThanOrEqualTo(bound + allowance);
            }
        }
    }

    static void print(String name, long seeds, RunCounts runs, int upTo) {
        System.out.printf(
                "%s (%,d seeds)%n   k   windows      random order   ratio%n", name, seeds);
        for (int k = 1; k <= upTo; k++) {
            if (runs.randomWindows()[k] < 1e-3 && runs.observedWindows()[k] == 0) {
                break;
            }
            System.out.printf(
                    "  %2d   %10.1f   %12.2f   %.3f%n",
                    k, runs.observedWindows()[k], runs.randomWindows()[k], runs.ratio(k));
        }
    }
}
