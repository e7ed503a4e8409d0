package dev.baton.allocation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StakeLineTest {

    @Test
    void unitsBecomeCumulativeEnds() {
        StakeLine line = StakeLine.ofUnits(7, 1, 30);
        assertThat(line.cumulativeEnds()).containsExactly(7, 8, 38);
        assertThat(line.total()).isEqualTo(38);
        assertThat(line.start(1)).isEqualTo(7);
        assertThat(line.units(2)).isEqualTo(30);
        assertThat(line).isEqualTo(StakeLine.ofCumulativeEnds(7, 8, 38));
    }

    @Test
    void entryAtFindsTheFirstEntryEndingAfterThePosition() {
        StakeLine line = StakeLine.ofUnits(7, 1, 30);
        assertThat(line.entryAt(0)).isZero();
        assertThat(line.entryAt(6)).isZero();
        assertThat(line.entryAt(7)).isEqualTo(1);
        assertThat(line.entryAt(8)).isEqualTo(2);
        assertThat(line.entryAt(37)).isEqualTo(2);
        assertThatThrownBy(() -> line.entryAt(38)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsEmptyEntriesAndDecreasingEnds() {
        assertThatThrownBy(() -> StakeLine.ofUnits(3, 0)).hasMessageContaining("entry 1");
        assertThatThrownBy(() -> StakeLine.ofCumulativeEnds(3, 3))
                .hasMessageContaining("must increase");
        assertThatThrownBy(() -> StakeLine.ofCumulativeEnds(0))
                .hasMessageContaining("must increase");
    }
}
