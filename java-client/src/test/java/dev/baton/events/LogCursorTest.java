package dev.baton.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.fixtures.FakeChain;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogCursorTest {
    /** Decodes the fake chain's logs to their data word. */
    static final EventDecoder<Long> VALUES =
            new EventDecoder<>() {
                @Override
                public List<String> topic0s() {
                    return List.of(FakeChain.TOPIC);
                }

                @Override
                public Optional<Long> decode(RawLog log) {
                    return Optional.of(
                            new BigInteger(log.data().substring(2), 16).longValueExact());
                }
            };

    private final FakeChain chain = new FakeChain();
    private final List<String> seen = new ArrayList<>();

    private LogCursor<Long> cursor(CursorOptions options, PositionStore store) {
        return new LogCursor<>(chain, List.of(FakeChain.EMITTER), VALUES, options, store, 1);
    }

    private void record(LogChange<Long> change) {
        seen.add((change.added() ? "+" : "-") + change.event());
    }

    @Test
    void deliversEachLogOnceInBoundedChunks() {
        for (int i = 1; i <= 25; i++) {
            chain.mine(i);
        }
        LogCursor<Long> cursor = cursor(new CursorOptions(1, 10, 64), PositionStore.inMemory());

        cursor.poll(this::record);
        cursor.poll(this::record);

        assertThat(seen).hasSize(25).first().isEqualTo("+1");
        assertThat(chain.largestRangeAsked).isEqualTo(10);
        assertThat(chain.getLogsCalls).hasValue(3);
    }

    @Test
    void waitsForTheConfirmationDepth() {
        chain.mine(1);
        chain.mine(2);
        chain.mine(3);
        LogCursor<Long> cursor = cursor(new CursorOptions(2, 100, 64), PositionStore.inMemory());
        cursor.poll(this::record);
        assertThat(seen).containsExactly("+1", "+2");
        chain.mine();
        cursor.poll(this::record);
        assertThat(seen).containsExactly("+1", "+2", "+3");
    }

    @Test
    void aReorgRemovesTheDroppedLogsAndDeliversTheNewBranchExactlyOnce() {
        chain.mine(1);
        chain.mine(2);
        long forkAt = chain.mine(3);
        chain.mine(4, 5);
        LogCursor<Long> cursor = cursor(CursorOptions.DEFAULT, PositionStore.inMemory());
        cursor.poll(this::record);

        chain.reorgFrom(forkAt);
        chain.mine(30);
        chain.mine();
        chain.mine(60);
        cursor.poll(this::record);
        cursor.poll(this::record);

        assertThat(seen)
                .containsExactly("+1", "+2", "+3", "+4", "+5", "-5", "-4", "-3", "+30", "+60");
    }

    @Test
    void aReorgOfEmptyBlocksAboveTheLastLogIsSeenToo() {
        chain.mine(1);
        long empty = chain.mine();
        LogCursor<Long> cursor = cursor(CursorOptions.DEFAULT, PositionStore.inMemory());
        cursor.poll(this::record);

        chain.reorgFrom(empty);
        chain.mine(7);
        cursor.poll(this::record);

        assertThat(seen).containsExactly("+1", "+7");
    }

    @Test
    void aRestartedCursorContinuesFromItsFileAndStillDetectsTheReorg(@TempDir Path dir) {
        PositionStore store = PositionStore.file(dir.resolve("cursor.json"));
        chain.mine(1);
        long forkAt = chain.mine(2);
        cursor(CursorOptions.DEFAULT, store).poll(this::record);

        chain.reorgFrom(forkAt);
        chain.mine(20);
        LogCursor<Long> restarted =
                cursor(CursorOptions.DEFAULT, PositionStore.file(dir.resolve("cursor.json")));
        restarted.poll(this::record);

        assertThat(seen).containsExactly("+1", "+2", "-2", "+20");
        assertThat(restarted.position().nextBlock()).isEqualTo(chain.headBlock() + 1);
    }
}
