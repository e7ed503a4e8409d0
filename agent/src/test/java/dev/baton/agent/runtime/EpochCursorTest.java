package dev.baton.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.agent.store.AgentStore;
import dev.baton.agent.store.SqliteAgentStore;
import dev.baton.client.auction.BlockWindow;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EpochCursorTest {

    /**
     * Epoch e's window is blocks [10e + 5, 10e + 8): a few blocks of each ten, as a bid or seal
     * window.
     */
    private static final class Recorder implements EpochCursor.Steps {
        final List<String> calls = new ArrayList<>();
        final Set<Long> refuseToFinish = new HashSet<>();
        boolean actDone = true;

        @Override
        public BlockWindow window(long epoch) {
            return new BlockWindow(10 * epoch + 5, 10 * epoch + 8);
        }

        @Override
        public boolean act(long epoch, long block) {
            calls.add("act " + epoch + "@" + block);
            return actDone;
        }

        @Override
        public boolean finishPast(long epoch) {
            calls.add("past " + epoch);
            return !refuseToFinish.contains(epoch);
        }
    }

    @TempDir Path dir;

    @Test
    void firstStartBeginsAtTheEpochOfTheNextBlockAndWaitsForItsWindow() throws Exception {
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("s.db"))) {
            EpochCursor cursor = new EpochCursor(store, "a", "bid");
            Recorder steps = new Recorder();
            assertThat(cursor.next()).isEqualTo(-1);

            cursor.advance(1, nextBlock -> nextBlock / 10, steps); // next block 2: before [5, 8)
            assertThat(steps.calls).isEmpty();
            assertThat(cursor.next()).isZero();

            cursor.advance(4, nextBlock -> 99, steps); // next block 5 opens epoch 0's window
            assertThat(steps.calls).containsExactly("act 0@4");
            assertThat(cursor.next()).isEqualTo(1);
            assertThat(store.cursor("a", "bid")).hasValue(1L);
        }
    }

    @Test
    void anEpochNotDoneIsActedOnAgainAtTheNextHeadAndStopsTheWalk() throws Exception {
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("s.db"))) {
            EpochCursor cursor = new EpochCursor(store, "a", "seal");
            Recorder steps = new Recorder();
            steps.actDone = false;
            cursor.advance(5, nextBlock -> 0, steps);
            cursor.advance(6, nextBlock -> 0, steps);
            assertThat(steps.calls).containsExactly("act 0@5", "act 0@6");
            assertThat(cursor.next()).isZero();
        }
    }

    @Test
    void epochsWhoseWindowPassedWhileDownAreFinishedInOrderUpToTheFirstNotDone() throws Exception {
        Path file = dir.resolve("s.db");
        try (AgentStore store = SqliteAgentStore.open(file)) {
            store.setCursor("a", "bid", 1);
        }
        try (AgentStore store = SqliteAgentStore.open(file)) {
            EpochCursor cursor = new EpochCursor(store, "a", "bid");
            Recorder steps = new Recorder();
            steps.refuseToFinish.add(3L);
            cursor.advance(44, nextBlock -> 0, steps); // next block 45: epochs 1..3 past, 4 open
            assertThat(steps.calls).containsExactly("past 1", "past 2", "past 3");
            assertThat(cursor.next()).isEqualTo(3);
            assertThat(store.cursor("a", "bid")).hasValue(3L);

            steps.refuseToFinish.clear();
            cursor.advance(45, nextBlock -> 0, steps);
            assertThat(steps.calls).endsWith("past 3", "act 4@45");
            assertThat(cursor.next()).isEqualTo(5);
        }
    }

    @Test
    void stepsOfThreeMethodsWalkAsTheirInterfaceDoes() throws Exception {
        try (AgentStore store = SqliteAgentStore.open(dir.resolve("s.db"))) {
            EpochCursor cursor = new EpochCursor(store, "a", "bid");
            Recorder recorder = new Recorder();
            EpochCursor.Steps steps =
                    EpochCursor.Steps.of(recorder::window, recorder::act, recorder::finishPast);
            cursor.advance(14, nextBlock -> 0, steps); // next block 15: epoch 0 past, 1 open
            assertThat(recorder.calls).containsExactly("past 0", "act 1@14");
            assertThat(cursor.next()).isEqualTo(2);
        }
    }
}
