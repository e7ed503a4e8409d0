package dev.baton.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Checks the benchmark runs and reports sane figures; the figure itself comes from the benchmark command. */
class ScheduleBenchmarkTest {

    @Test
    void reportsOrderedTimingsUnderTheTargetKey() {
        ScheduleBenchmark.Result result = ScheduleBenchmark.run(64, 500, 2, 5);
        assertThat(result.key()).isEqualTo("schedule_ms_64x500");
        assertThat(result.minMs()).isPositive().isLessThanOrEqualTo(result.medianMs());
        assertThat(result.medianMs()).isLessThanOrEqualTo(result.maxMs());
    }
}
