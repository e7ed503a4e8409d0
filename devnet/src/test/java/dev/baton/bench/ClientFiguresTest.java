package dev.baton.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientFiguresTest {
    private static final MachineFacts MACHINE = new MachineFacts(2, "test cpu", 8, "linux", 1.5);

    /** 1,000 tx in {@code ms} milliseconds. */
    private static PhaseResult phase(String name, double ms) {
        return new PhaseResult(name, 1_000, (long) (ms * 1e6));
    }

    /**
     * A round whose batched raw baseline took {@code rawMs} and whose one-by-one raw sends took
     * twice as long.
     */
    private static RoundResult round(int r, double rawMs, double clientMs) {
        return round(r, 2 * rawMs, rawMs, clientMs);
    }

    private static RoundResult round(int r, double oneByOneMs, double batchedMs, double clientMs) {
        return new RoundResult(
                r,
                phase("raw", oneByOneMs),
                phase("raw-batch", batchedMs),
                phase("client", clientMs),
                List.of("raw", "raw-batch", "client"));
    }

    @Test
    void reportsTheMedianOfThePerRoundRatiosNotTheRatioOfMedians() {
        ClientFigures figures =
                ClientFigures.of(
                        1_000,
                        List.of(
                                round(1, 1_000, 2_000), // 0.5
                                round(2, 1_000, 1_000), // 1.0
                                round(3, 2_000, 2_500)), // 0.8
                        phase("ethers", 40_000),
                        MACHINE);

        assertThat(figures.ratios()).containsExactly(0.5, 1.0, 0.8);
        assertThat(figures.throughputVsRaw()).isEqualTo(0.8);
        assertThat(figures.clientTps()).isEqualTo(500.0); // median of 500, 1000, 400
        assertThat(figures.throughputVsEthers()).isEqualTo(20.0);
    }

    @Test
    void throughputVsRawIsAgainstTheBatchedBaselineAndTheOneByOneRatioStandsBesideIt() {
        ClientFigures figures =
                ClientFigures.of(
                        1_000,
                        List.of(
                                round(1, 4_000, 1_000, 1_250), // vs batched 0.8, vs one by one 3.2
                                round(2, 3_000, 1_000, 1_000), // 1.0, 3.0
                                round(3, 5_000, 1_000, 2_000)), // 0.5, 2.5
                        phase("ethers", 40_000),
                        MACHINE);

        assertThat(figures.throughputVsRaw()).isEqualTo(0.8);
        assertThat(figures.throughputVsRawOneByOne()).isEqualTo(3.0);
        assertThat(figures.ratiosVsOneByOne()).containsExactly(3.2, 3.0, 2.5);
        assertThat(figures.rawTps()).isEqualTo(1_000.0);
        assertThat(figures.rawOneByOneTps()).isEqualTo(250.0); // median of 250, 333.3, 200
    }

    @Test
    void anEvenNumberOfRoundsTakesTheMeanOfTheMiddleTwo() {
        ClientFigures figures =
                ClientFigures.of(
                        1_000,
                        List.of(round(1, 1_000, 2_000), round(2, 1_000, 1_000)),
                        phase("ethers", 40_000),
                        MACHINE);
        assertThat(figures.throughputVsRaw()).isEqualTo(0.75);
    }

    @Test
    void mergesItsKeysAndKeepsTheOthers(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("client.json");
        Files.writeString(file, "{\"schedule_ms_1024x10000\": 0.2, \"throughput_vs_raw\": 0.1}");

        ClientFigures.of(1_000, List.of(round(1, 1_000, 1_250)), phase("ethers", 40_000), MACHINE)
                .mergeInto(file);

        String json = Files.readString(file);
        assertThat(json)
                .contains(
                        "\"schedule_ms_1024x10000\" : 0.2",
                        "\"throughput_vs_raw\" : 0.8",
                        "\"throughput_vs_raw_rounds\" : [ 0.8 ]",
                        "\"throughput_vs_raw_one_by_one\" : 1.6",
                        "\"throughput_vs_raw_one_by_one_rounds\" : [ 1.6 ]",
                        "\"client_bench_rounds\" : 1",
                        "\"client_bench_machine\" : \"2 × test cpu, 8 GiB, linux\"");
    }
}
