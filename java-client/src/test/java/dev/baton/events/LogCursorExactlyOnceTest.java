package dev.baton.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.fixtures.FakeChain;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cursor's exactly-once guarantees at the points a reorg or a crash can fall between its calls.
 */
class LogCursorExactlyOnceTest {
    private final FakeChain chain = new FakeChain();
    private final List<String> seen = new ArrayList<>();

    private LogCursor<Long> cursor(CursorOptions options, PositionStore store) {
        return new LogCursor<>(
                chain, List.of(FakeChain.EMITTER), LogCursorTest.VALUES, options, store, 1);
    }

    private void record(LogChange<Long> change) {
        seen.add((change.added() ? "+" : "-") + change.event());
    }

    @Test
    void aReorgBetweenTheLogsAndTheHashCheckDeliversNothingOfTheAbandonedFork() {
        chain.mine(1);
        long forkAt = chain.mine(2);
        chain.mine(3);
        LogCursor<Long> cursor = cursor(CursorOptions.DEFAULT, PositionStore.inMemory());
        chain.afterNextLogs =
                () -> {
                    chain.reorgFrom(forkAt);
                    chain.mine(20);
                    chain.mine(30);
                };

        cursor.poll(this::record);

        assertThat(seen)
                .containsExactly(
                        "+1", "+20", "+30"); // never +2/+3: they were abandoned before delivery
    }

    @Test
    void aChunkRefusedAsTooManyResultsIsHalvedUntilTheProviderAnswers() {
        for (int i = 1; i <= 16; i++) {
            chain.mine(i);
        }
        chain.maxLogRange = 3;
        cursor(new CursorOptions(1, 16, 64), PositionStore.inMemory()).poll(this::record);
        assertThat(seen).hasSize(16).first().isEqualTo("+1");
        assertThat(seen).last().isEqualTo("+16");
        assertThat(chain.largestRangeAsked).isLessThanOrEqualTo(3);
    }

    @Test
    void aCrashInTheMiddleOfAPollResumesAfterTheLastDeliveredLogWithoutLossOrRepeat(
            @TempDir Path dir) {
        chain.mine(1, 2, 3);
        chain.mine(4);
        Path file = dir.resolve("cursor.json");
        Consumer<LogChange<Long>> crashAfterTwo =
                change -> {
                    record(change);
                    if (seen.size() == 2) {
                        throw new IllegalStateException("consumer crashed");
                    }
                };
        try {
            cursor(CursorOptions.DEFAULT, PositionStore.file(file)).poll(crashAfterTwo);
        } catch (IllegalStateException expected) {
            // the process dies here; the position on disk says what the consumer saw
        }
        seen.remove(
                seen.size()
                        // the second log was not durably handled: the crash came before its save
                        - 1);
        cursor(CursorOptions.DEFAULT, PositionStore.file(file)).poll(this::record);

        assertThat(seen).containsExactly("+1", "+2", "+3", "+4");
    }
}
