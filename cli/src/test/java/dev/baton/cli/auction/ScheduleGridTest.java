package dev.baton.cli.auction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScheduleGridTest {
    private static final String A = "0x00000000000000000000000000000000000000a1";
    private static final String B = "0x00000000000000000000000000000000000000b2";

    @Test
    void plainGridLettersEachSequencerInOrderOfFirstSlot() {
        String grid = new ScheduleGrid(4, false).render("epoch 3", List.of(B, A, B, B, A, B));
        assertThat(grid)
                .isEqualTo(
                        """
                epoch 3
                0  A  B  A  A\s
                4  B  A\s
                 A  0x00000000000000000000000000000000000000b2  4 slots
                 B  0x00000000000000000000000000000000000000a1  2 slots
                """);
        assertThat(grid).doesNotContain("\u001b[");
    }

    @Test
    void colourGridGivesEachSequencerItsOwnBackground() {
        String grid = new ScheduleGrid(8, true).render("epoch 0", List.of(A, B, A));
        assertThat(grid)
                .contains(
                        "\u001b[48;5;196;38;5;16m A \u001b[0m",
                        "\u001b[48;5;33;38;5;16m B \u001b[0m");
    }

    @Test
    void openModeSlotsShowAsDots() {
        String[] slots = new String[3];
        Arrays.fill(slots, null);
        String grid = new ScheduleGrid(8, true).render("open", Arrays.asList(slots));
        assertThat(grid).isEqualTo("open\n0  .  .  . \n");
    }

    @Test
    void labelsContinueAfterZ() {
        assertThat(ScheduleGrid.label(0)).isEqualTo("A");
        assertThat(ScheduleGrid.label(25)).isEqualTo("Z");
        assertThat(ScheduleGrid.label(26)).isEqualTo("AA");
        assertThat(ScheduleGrid.label(27)).isEqualTo("AB");
        assertThat(ScheduleGrid.label(26 + 26 * 26)).isEqualTo("AAA");
    }

    @Test
    void noColourWhenNoColorIsSetOrTheTerminalIsDumb() {
        assertThat(Terminal.wantsColour(Map.of("NO_COLOR", "1"))).isFalse();
        assertThat(Terminal.wantsColour(Map.of("TERM", "dumb"))).isFalse();
        assertThat(Terminal.isTerminal(null)).isFalse();
    }
}
