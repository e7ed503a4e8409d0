package dev.baton.allocation;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;

/**
 * Times the off-chain schedule of a whole epoch (TARGETS.md: e = 1,024 slots over 10,000 entries in
 * under 50 ms): from the entries' cumulative ends and the epoch key to the slot map, after a
 * warm-up, median of the runs. Each run uses a fresh key, so nothing is reused from the previous
 * run.
 *
 * <pre>
 * java -cp cli/target/baton.jar dev.baton.allocation.ScheduleBenchmark [--slots 1024] [--entries 10000]
 *      [--warmup 300] [--runs 101] [--write bench/results/client.json]
 * </pre>
 *
 * With {@code --write}, the median (ms) is merged into the file as {@code
 * schedule_ms_<slots>x<entries>}.
 */
public final class ScheduleBenchmark {
    private ScheduleBenchmark() {}

    /** Median and spread of the timed runs, in milliseconds. */
    public record Result(
            int slots,
            int entries,
            int runs,
            double coldMs,
            double medianMs,
            double minMs,
            double maxMs) {
        public String key() {
            return "schedule_ms_" + slots + "x" + entries;
        }
    }

    public static void main(String[] args) {
        int slots = 1024;
        int entries = 10_000;
        int warmup = 300;
        int runs = 101;
        Path write = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--slots" -> slots = Integer.parseInt(required(args[i], value));
                case "--entries" -> entries = Integer.parseInt(required(args[i], value));
                case "--warmup" -> warmup = Integer.parseInt(required(args[i], value));
                case "--runs" -> runs = Integer.parseInt(required(args[i], value));
                case "--write" -> write = Path.of(required(args[i], value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
            i++;
        }
        Result result = run(slots, entries, warmup, runs);
        System.out.printf(
                Locale.ROOT,
                "%s = %.3f ms (median of %d after warm-up, min %.3f, max %.3f; first cold call %.1f ms; target < 50 ms)%n",
                result.key(),
                result.medianMs(),
                result.runs(),
                result.minMs(),
                result.maxMs(),
                result.coldMs());
        if (write != null) {
            BenchResults.merge(write, result.key(), Math.round(result.medianMs() * 1000) / 1000.0);
            System.out.println("merged into " + write);
        }
    }

    /** Runs the benchmark on a deterministic random stake line (1 to 10,000 units per entry). */
    public static Result run(int slots, int entries, int warmup, int runs) {
        if (runs < 1) {
            throw new IllegalArgumentException("need at least one timed run");
        }
        Random random = new Random(0xba70L);
        long[] cumulativeEnds =
                StakeLine.ofUnits(random.longs(entries, 1, 10_001).toArray()).cumulativeEnds();
        long coldStart = System.nanoTime();
        long checksum = once(random, slots, cumulativeEnds);
        double coldMs = (System.nanoTime() - coldStart) / 1e6;
        for (int i = 0; i < warmup; i++) {
            checksum += once(random, slots, cumulativeEnds);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            checksum += once(random, slots, cumulativeEnds);
            nanos[i] = System.nanoTime() - start;
        }
        if (checksum == Long.MIN_VALUE) {
            // keeps the work observable to the JIT
            System.out.println(checksum);
        }
        Arrays.sort(nanos);
        return new Result(
                slots,
                entries,
                runs,
                coldMs,
                nanos[runs / 2] / 1e6,
                nanos[0] / 1e6,
                nanos[runs - 1] / 1e6);
    }

    /** One full schedule from raw inputs: validate the line, sample, permute. */
    private static long once(Random random, int slots, long[] cumulativeEnds) {
        byte[] key = new byte[EpochKey.LENGTH];
        random.nextBytes(key);
        EpochSchedule schedule =
                SlotAllocation.schedule(
                        EpochKey.of(key), slots, StakeLine.ofCumulativeEnds(cumulativeEnds));
        return schedule.entryOfSlot(0) + schedule.entryOfSlot(slots - 1);
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
