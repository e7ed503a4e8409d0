package dev.baton.agent.runtime;

import dev.baton.agent.store.AgentStore;
import dev.baton.client.auction.BlockWindow;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;
import java.util.function.LongUnaryOperator;

/**
 * The epoch walk of a duty that acts once per epoch inside one window of it (bid, seal): from the
 * first epoch not yet done, kept in the agent's store so a restart neither repeats nor skips one,
 * each epoch whose window has opened at the next block is acted on while open, or finished when
 * already past; the walk stops at the first epoch not yet done.
 */
public final class EpochCursor {

    /** What a duty does for one epoch. */
    public interface Steps {
        /** The window of {@code epoch} the duty acts in. */
        BlockWindow window(long epoch);

        /** Acts in the open window at head {@code block}; true when the epoch is done. */
        boolean act(long epoch, long block);

        /** Settles an epoch whose window has closed; true when the epoch is done. */
        boolean finishPast(long epoch);

        /** The steps of a duty's three methods. */
        static Steps of(LongFunction<BlockWindow> window, Act act, LongPredicate finishPast) {
            return new Steps() {
                @Override
                public BlockWindow window(long epoch) {
                    return window.apply(epoch);
                }

                @Override
                public boolean act(long epoch, long block) {
                    return act.act(epoch, block);
                }

                @Override
                public boolean finishPast(long epoch) {
                    return finishPast.test(epoch);
                }
            };
        }
    }

    /** {@link Steps#act} as a method reference. */
    @FunctionalInterface
    public interface Act {
        boolean act(long epoch, long block);
    }

    private final AgentStore store;
    private final String agent;
    private final String name;
    private volatile long next = -1;

    public EpochCursor(AgentStore store, String agent, String name) {
        this.store = store;
        this.agent = agent;
        this.name = name;
    }

    /**
     * Walks the epochs due at head {@code block}. On a first start (nothing stored) the walk begins
     * at {@code firstEpoch} applied to the next block.
     */
    public void advance(long block, LongUnaryOperator firstEpoch, Steps steps) {
        long nextBlock = block + 1; // the block a transaction sent now lands in, at the earliest
        if (next < 0) {
            next = store.cursor(agent, name).orElseGet(() -> firstEpoch.applyAsLong(nextBlock));
        }
        while (true) {
            long epoch = next;
            BlockWindow window = steps.window(epoch);
            if (nextBlock < window.start()) {
                return;
            }
            boolean done =
                    nextBlock >= window.end() ? steps.finishPast(epoch) : steps.act(epoch, block);
            if (!done) {
                return;
            }
            next = epoch + 1;
            store.setCursor(agent, name, next);
        }
    }

    /** The first epoch not yet done; -1 before the first head. */
    public long next() {
        return next;
    }
}
