package dev.baton.cli.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class PlainProgressTest {
    private final StringWriter text = new StringWriter();
    private long now;
    private final ProgressSink sink = new PlainProgress(new PrintWriter(text), () -> now);

    @Test
    void printsOneLinePerStepAndATimedSummary() {
        ProgressSink.Phase phase = sink.start("auction", 3);
        phase.step("bid by seq-a");
        phase.step("bid by seq-b");
        now += 1_500_000_000L;
        phase.step("sealed");
        phase.done("3 bids");

        assertThat(text.toString().lines())
                .containsExactly(
                        "[auction] started (3 steps)",
                        "[auction] 1/3 bid by seq-a",
                        "[auction] 2/3 bid by seq-b",
                        "[auction] 3/3 sealed",
                        "[auction] done in 1.50 s: 3 bids");
    }

    @Test
    void anUnknownTotalShowsACountOnly() {
        ProgressSink.Phase phase = sink.start("deploy", 0);
        phase.step("StakeVault");
        phase.done("ok");

        assertThat(text.toString().lines())
                .containsExactly(
                        "[deploy] started", "[deploy] 1 StakeVault", "[deploy] done in 0.00 s: ok");
    }

    @Test
    void hasNoTerminalControlCharacters() {
        sink.start("x", 1).step("y");
        assertThat(text.toString()).doesNotContain("\r", "\033");
    }

    @Test
    void terminalBarFillsInProportion() {
        assertThat(TerminalProgress.bar(0, 10)).isEqualTo("[" + ".".repeat(30) + "]");
        assertThat(TerminalProgress.bar(5, 10))
                .isEqualTo("[" + "#".repeat(15) + ".".repeat(15) + "]");
        assertThat(TerminalProgress.bar(12, 10)).isEqualTo("[" + "#".repeat(30) + "]");
    }
}
