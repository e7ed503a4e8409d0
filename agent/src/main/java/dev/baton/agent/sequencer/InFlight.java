package dev.baton.agent.sequencer;

import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.store.AgentStore;
import dev.baton.agent.store.PendingTx;
import dev.baton.types.TxHash;
import java.util.Optional;

/**
 * The sent-but-unconfirmed transactions of the sequencer agent's duties, one per key (e.g. {@code
 * publish 3/7}), kept in the store so that a restart waits for a transaction in flight instead of
 * sending it again. The same rules as the seal duty's: a mined one is counted and cleared; one the
 * node no longer knows was dropped and is cleared, so the duty's chain check decides again.
 */
final class InFlight {
    /** What became of a key's transaction. */
    enum State {
        NONE,
        IN_FLIGHT,
        CONFIRMED,
        FAILED
    }

    private final String agent;
    private final SequencerChain chain;
    private final AgentStore store;
    private final AgentMetrics metrics;

    InFlight(String agent, SequencerChain chain, AgentStore store, AgentMetrics metrics) {
        this.agent = agent;
        this.chain = chain;
        this.store = store;
        this.metrics = metrics;
    }

    /**
     * Resolves the key's transaction, counting its outcome under {@code metric} once when it is
     * decided.
     */
    State resolve(String key, String metric) {
        Optional<PendingTx> pending = store.pending(agent, key);
        if (pending.isEmpty()) {
            return State.NONE;
        }
        TxHash hash = pending.get().hash();
        Optional<Boolean> outcome = chain.outcome(hash);
        if (outcome.isPresent()) {
            store.clearPending(agent, key);
            count(metric, outcome.get() ? "confirmed" : "reverted");
            return outcome.get() ? State.CONFIRMED : State.FAILED;
        }
        if (chain.isKnown(hash)) {
            return State.IN_FLIGHT;
        }
        store.clearPending(agent, key);
        count(metric, "dropped");
        return State.FAILED;
    }

    /** Records a transaction just sent; durable before the duty goes on. */
    void sent(String key, TxHash hash, long head, String metric) {
        store.putPending(agent, new PendingTx(key, hash, head));
        count(metric, "sent");
    }

    void count(String metric, String outcome) {
        metrics.counter(metric, "outcome", outcome).increment();
    }

    int pendingCount() {
        return store.allPending(agent).size();
    }
}
