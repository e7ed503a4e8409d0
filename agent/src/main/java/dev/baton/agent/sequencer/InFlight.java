package dev.baton.agent.sequencer;

import dev.baton.agent.market.TxTracker;
import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.store.AgentStore;
import dev.baton.types.TxHash;
import java.util.HashMap;
import java.util.Map;

/**
 * The sent-but-unconfirmed transactions of the sequencer agent's duties, one per key (e.g. {@code
 * publish 3/7}), kept in the store so that a restart waits for a transaction in flight instead of
 * sending it again: the never-twice rule of {@link TxTracker}, with one tracker per metric (each
 * duty counts under its own).
 */
final class InFlight {
    private final String agent;
    private final SequencerChain chain;
    private final AgentStore store;
    private final AgentMetrics metrics;
    private final Map<String, TxTracker> trackers = new HashMap<>();

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
    TxTracker.State resolve(String key, String metric) {
        return tracker(metric).resolve(key);
    }

    /** Records a transaction just sent; durable before the duty goes on. */
    void sent(String key, TxHash hash, long head, String metric) {
        tracker(metric).sent(key, hash, head);
    }

    void count(String metric, String outcome) {
        tracker(metric).count(outcome);
    }

    int pendingCount() {
        return store.allPending(agent).size();
    }

    private TxTracker tracker(String metric) {
        return trackers.computeIfAbsent(
                metric, m -> new TxTracker(agent, store, chain, metrics, m));
    }
}
