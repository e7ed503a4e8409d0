package dev.baton.market;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TreeCoverageTest {
    private static TreePosition p(int depth, long index) {
        return TreePosition.of(depth, index);
    }

    @Test
    void acceptsExactCoversInLeafOrder() {
        assertThatCode(() -> TreeCoverage.check(0, List.of(p(0, 0)))).doesNotThrowAnyException();
        assertThatCode(() -> TreeCoverage.check(2, List.of(p(2, 0), p(2, 1), p(2, 2), p(2, 3))))
                .doesNotThrowAnyException();
        assertThatCode(() -> TreeCoverage.check(3, List.of(p(1, 0), p(3, 4), p(3, 5), p(2, 3))))
                .doesNotThrowAnyException();
        assertThatCode(() -> TreeCoverage.check(4, List.of(p(0, 0)))).doesNotThrowAnyException();
    }

    @Test
    void refusesGapsOverlapsOrderAndIncompleteCovers() {
        assertThatThrownBy(() -> TreeCoverage.check(2, List.of(p(2, 0), p(2, 2), p(2, 3))))
                .hasMessageContaining("position 1")
                .hasMessageContaining("uncovered");
        assertThatThrownBy(() -> TreeCoverage.check(2, List.of(p(1, 0), p(2, 1), p(1, 1))))
                .hasMessageContaining("position 1")
                .hasMessageContaining("overlaps");
        assertThatThrownBy(() -> TreeCoverage.check(2, List.of(p(2, 1), p(2, 0), p(1, 1))))
                .hasMessageContaining("position 0");
        assertThatThrownBy(() -> TreeCoverage.check(2, List.of(p(2, 0), p(2, 1), p(2, 2))))
                .hasMessageContaining("cover 3 of 4");
        assertThatThrownBy(() -> TreeCoverage.check(2, List.of(p(2, 0), p(2, 0), p(2, 1), p(1, 1))))
                .hasMessageContaining("position 1");
    }

    @Test
    void refusesNodesOutsideTheTree() {
        assertThatThrownBy(() -> TreeCoverage.check(1, List.of(p(2, 0))))
                .isInstanceOf(InvalidTranscriptException.class)
                .hasMessageContaining("deeper");
        assertThatThrownBy(() -> TreeCoverage.check(1, List.of(p(1, 0), p(1, 2))))
                .hasMessageContaining("out of range");
        assertThatThrownBy(() -> TreeCoverage.check(13, List.of(p(0, 0))))
                .hasMessageContaining("tree depth");
    }
}
