package dev.baton.allocation;

import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The cases of TARGETS.md "Allocation quality", shared by the CI tests (at 10^5 seeds) and the
 * benchmark command that writes {@code bench/results/allocation.json} (at 10^6 seeds and more).
 */
public final class AllocationCases {
    private AllocationCases() {}

    /**
     * A sybil case: a party of share {@code share} split into {@code pieces} entries interleaved
     * with honest ones.
     */
    public record Sybil(String name, int slots, int pieces, double share, boolean randomHonest) {
        /**
         * Its lines: each piece is followed by an honest entry (fixed sizes, or random sizes drawn
         * per seed).
         */
        public Function<SplittableRandom, AllocationStatistics.PartyLine> lines() {
            return random -> interleaved(pieces, share, randomHonest ? random : null);
        }
    }

    /** A runs case: at {@code slots} slots, a first entry holding exactly {@code items} items. */
    public record Runs(String name, int slots, int items) {}

    /**
     * The sybil cases: the 30 % party in 32 × 0.3-slot and 16 × 0.6-slot pieces, the 15 % one in 64
     * × 0.15.
     */
    public static final Sybil[] SYBIL = {
        new Sybil("30% in 32 x 0.3-slot pieces, e = 32", 32, 32, 0.30, false),
        new Sybil("30% in 16 x 0.6-slot pieces, e = 32", 32, 16, 0.30, false),
        new Sybil("15% in 64 x 0.15-slot pieces, e = 64", 64, 64, 0.15, false),
        new Sybil(
                "30% in 32 x 0.3-slot pieces among random honest sizes, e = 32",
                32, 32, 0.30, true),
    };

    /**
     * The runs cases: a 25 % and a 30 % (rounded to whole strata) first entry at e = 8, 32, 64 and
     * 1,024.
     */
    public static final Runs[] RUNS = {
        new Runs("25% first entry, e = 8", 8, 2),
        new Runs("37.5% first entry, e = 8", 8, 3),
        new Runs("25% first entry, e = 32", 32, 8),
        new Runs("31% first entry, e = 32", 32, 10),
        new Runs("25% first entry, e = 64", 64, 16),
        new Runs("30% first entry, e = 64", 64, 19),
        new Runs("30% first entry, e = 1024", 1024, 307),
    };

    /**
     * Stake units per block of a piece and its honest neighbour (fine enough for every share here
     * to be exact).
     */
    static final long UNITS_PER_BLOCK = 1_000;

    /**
     * {@code pieces} party entries of {@code share · e / pieces} slots each, each followed by an
     * honest entry; the honest entries share the rest equally, or (with {@code random}) in random
     * proportions.
     */
    static AllocationStatistics.PartyLine interleaved(
            int pieces, double share, SplittableRandom random) {
        // The party's pieces and the honest entries together make `pieces` blocks of the same size;
        // a block's party part is `share` of it. With random honest sizes, the honest part of each
        // block is scaled by a random factor and then all honest parts renormalised so the party's
        // share stays `share`.
        long block = UNITS_PER_BLOCK;
        long partUnits = Math.round(share * block);
        long honestTotal = (block - partUnits) * pieces;
        long[] honest = new long[pieces];
        if (random == null) {
            java.util.Arrays.fill(honest, block - partUnits);
        } else {
            double[] w = new double[pieces];
            double sum = 0;
            for (int i = 0; i < pieces; i++) {
                sum += (w[i] = 0.1 + random.nextDouble());
            }
            long given = 0;
            for (int i = 0; i < pieces; i++) {
                honest[i] = Math.max(1, Math.round(w[i] / sum * honestTotal));
                given += honest[i];
            }
            honest[pieces - 1] = Math.max(1, honest[pieces - 1] + honestTotal - given);
        }
        long[] units = new long[2 * pieces];
        boolean[] party = new boolean[2 * pieces];
        for (int i = 0; i < pieces; i++) {
            units[2 * i] = partUnits;
            party[2 * i] = true;
            units[2 * i + 1] = honest[i];
        }
        return new AllocationStatistics.PartyLine(StakeLine.ofUnits(units), party);
    }
}
