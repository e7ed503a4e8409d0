package dev.baton.allocation;

import dev.baton.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code npm run bench:allocation}: the figures of TARGETS.md "Allocation quality" from the Java
 * mirror (pinned to the contract by the shared vectors), each beside its target and beside a random
 * order's or independent sampling's, written to {@code bench/results/allocation.json}. Arguments:
 * seeds per case (default 10^6), output file.
 */
public final class AllocationBenchmark {
    /** A random order: the 8 slots of a 25 % entry at e = 32 in a row, 25 / C(32, 8). */
    /**
     * The one-sided 3-sigma level: a count above the binomial tail fails when chance explains it
     * less often.
     */
    static final double THREE_SIGMA_ONE_SIDED = 0.00135;

    static final double RANDOM_ALL_EIGHT_IN_A_ROW = 25.0 / 10_518_300.0;

    private AllocationBenchmark() {}

    public static void main(String[] args) throws IOException {
        long seeds = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 1_000_000L;
        Path out = Path.of(args.length > 1 ? args[1] : "bench/results/allocation.json");
        Map<String, Object> result = run(seeds);
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(
                out,
                Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(result) + "\n");
        System.out.println("wrote " + out + ": all targets met = " + result.get("all_targets_met"));
    }

    /** All figures at {@code seeds} seeds per case. */
    public static Map<String, Object> run(long seeds) {
        Map<String, Object> result = new LinkedHashMap<>();
        boolean ok = true;
        result.put("seeds_per_case", seeds);
        result.put("feistel_rounds", SlotPermutation.ROUNDS);
        List<Map<String, Object>> runs = new ArrayList<>();
        for (AllocationCases.Runs c : AllocationCases.RUNS) {
            RunCounts counts =
                    AllocationStatistics.runsOfFirstItems(c.slots(), c.items(), seeds, 2);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("case", c.name());
            double worst = 0;
            boolean within = true;
            List<Map<String, Object>> perK = new ArrayList<>();
            for (int k = 1; k <= c.items(); k++) {
                if (counts.randomWindows()[k] < 1e-3 && counts.observedWindows()[k] == 0) {
                    break;
                }
                Map<String, Object> kRow = new LinkedHashMap<>();
                kRow.put("k", k);
                kRow.put("windows", counts.observedWindows()[k]);
                kRow.put("random_order", round(counts.randomWindows()[k]));
                kRow.put("ratio", round(counts.ratio(k)));
                perK.add(kRow);
                within &= counts.withinFactor(k, 1.3);
                // The ratio is meaningful where the random order expects at least 100 windows.
                if (counts.randomWindows()[k] >= 100) {
                    worst = Math.max(worst, counts.ratio(k));
                }
            }
            row.put("max_ratio_where_random_order_expects_100_windows", round(worst));
            row.put(
                    "target",
                    "<= 1.3x a random order at every k (counts within Poisson noise where tiny)");
            row.put("meets", within);
            row.put("by_k", perK);
            ok &= within;
            runs.add(row);
        }
        result.put("runs", runs);

        RunCounts quarter = AllocationStatistics.runsOfFirstItems(32, 8, seeds, 3);
        Map<String, Object> eight = new LinkedHashMap<>();
        eight.put("value", quarter.runFrequency(8));
        eight.put("events", quarter.seedsWithRun()[8]);
        eight.put("target", 1e-5);
        eight.put("random_order", RANDOM_ALL_EIGHT_IN_A_ROW);
        eight.put("four_round_feistel", 7e-4);
        eight.put("meets", quarter.runFrequency(8) <= 1e-5);
        ok &= quarter.runFrequency(8) <= 1e-5;
        result.put("quarter_first_entry_e32_all_8_in_a_row", eight);

        List<Map<String, Object>> sybil = new ArrayList<>();
        for (AllocationCases.Sybil c : AllocationCases.SYBIL) {
            double[] tail =
                    AllocationStatistics.tailOf(
                            AllocationStatistics.slotCountHistogram(
                                    c.slots(), c.lines(), seeds, 1));
            double[] binomial = AllocationStatistics.binomialTail(c.slots(), c.share());
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("case", c.name());
            boolean under = true;
            List<Map<String, Object>> perX = new ArrayList<>();
            for (int x = (int) Math.ceil(c.share() * c.slots() + 1); x <= c.slots(); x++) {
                if (tail[x] == 0 && binomial[x] < 1e-9) {
                    break;
                }
                long events = Math.round(tail[x] * seeds);
                double pValue = AllocationStatistics.poissonUpperTail(events, binomial[x] * seeds);
                under &= pValue >= THREE_SIGMA_ONE_SIDED;
                perX.add(
                        Map.of(
                                "x",
                                x,
                                "p_at_least",
                                tail[x],
                                "binomial_tail",
                                binomial[x],
                                "events",
                                events,
                                "p_value",
                                pValue));
            }
            if (c.slots() == 32 && c.pieces() == 32 && !c.randomHonest()) {
                row.put("p_at_least_14", tail[14]);
                row.put("binomial_tail_14", binomial[14]);
                row.put("plain_systematic_p_all_32", 0.30);
            }
            row.put("p_all_slots", tail[c.slots()]);
            row.put(
                    "target",
                    "P(X >= x) <= Binomial(e, s) tail for every x >= s*e + 1 (within 3 sigma: each count's exact one-sided p-value >= 0.00135)");
            row.put("meets", under && tail[c.slots()] <= 1e-6);
            row.put("by_x", perX);
            ok &= under;
            sybil.add(row);
        }
        result.put("splitting_never_pays", sybil);
        result.put(
                "settlement_price",
                Map.of(
                        "target",
                                "unchanged when a party splits its bid, lowers it (below the cap) or adds a tiny entry",
                        "measured_by",
                                "test/auction/SlotAuctionSecondPrice.t.sol test_secondPrice* (on chain, exact)"));
        result.put("all_targets_met", ok);
        return result;
    }

    private static double round(double v) {
        return Double.isNaN(v) ? 0 : Math.round(v * 1000) / 1000.0;
    }
}
