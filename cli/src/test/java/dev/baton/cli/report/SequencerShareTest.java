package dev.baton.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SequencerShareTest {
    @Test
    void boundsAreTheFloorAndCeilingOfTheExpectation() {
        SequencerShare share =
                SequencerShare.of("a", BigDecimal.valueOf(560), BigDecimal.valueOf(1000), 16, 9);
        assertThat(share.stakeShare()).isEqualTo(0.56);
        assertThat(share.expected()).isEqualTo(8.96);
        assertThat(share.floor()).isEqualTo(8);
        assertThat(share.ceil()).isEqualTo(9);
        assertThat(share.withinBounds()).isTrue();
    }

    @Test
    void anExactExpectationHasEqualBounds() {
        SequencerShare share = SequencerShare.of("a", BigDecimal.ONE, BigDecimal.valueOf(3), 3, 2);
        assertThat(share.floor()).isEqualTo(1);
        assertThat(share.ceil()).isEqualTo(1);
        assertThat(share.withinBounds()).isFalse();
    }

    @Test
    void rejectsAZeroTotal() {
        assertThatThrownBy(() -> SequencerShare.of("a", BigDecimal.ONE, BigDecimal.ZERO, 3, 0))
                .hasMessageContaining("totalStake");
    }

    @Test
    void utilityIsRewardTimesSlotsMinusOpportunityCostOfTheSettlementStake() {
        assertThat(
                        ParticipantSummary.utility(
                                BigDecimal.valueOf(2),
                                5,
                                new BigDecimal("0.1"),
                                BigDecimal.valueOf(30)))
                .isEqualByComparingTo("7");
    }

    @Test
    void timingSplitsWallTimeBetweenNodeAndClient() {
        Timing timing = new Timing(1000, 250);
        assertThat(timing.clientMillis()).isEqualTo(750);
        assertThat(timing.nodeShare()).isEqualTo(0.25);
        assertThatThrownBy(() -> new Timing(10, 11)).hasMessageContaining("nodeMillis");
    }
}
