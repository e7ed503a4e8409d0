package dev.baton.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.report.ParticipantSummary;
import dev.baton.cli.report.Timing;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SummaryTableTest {
    @Test
    void alignsOneRowPerParticipantAndEndsWithTheTiming() {
        List<ParticipantSummary> people =
                List.of(
                        new ParticipantSummary(
                                "seq-a",
                                "0xa",
                                "sequencer",
                                new BigDecimal("600.000"),
                                9,
                                8.96,
                                9,
                                BigDecimal.valueOf(180),
                                BigDecimal.valueOf(9),
                                BigDecimal.ZERO,
                                new BigDecimal("7.2")),
                        new ParticipantSummary(
                                "prover-3",
                                "0xb",
                                "prover",
                                new BigDecimal("1E+2"),
                                null,
                                null,
                                null,
                                null,
                                BigDecimal.ZERO,
                                new BigDecimal("0.123456"),
                                null));

        List<String> lines = SummaryTable.render(people, new Timing(2000, 500)).lines().toList();

        assertThat(lines)
                .containsExactly(
                        "participant  role       stake  slots/expected  published  S' locked  rewards  slashed  utility",
                        "seq-a        sequencer    600          9/8.96          9        180        9        0      7.2",
                        "prover-3     prover       100               -          -          -        0   0.1235        -",
                        "wall time 2.00 s: node 0.50 s (25%), client 1.50 s (75%)");
    }
}
