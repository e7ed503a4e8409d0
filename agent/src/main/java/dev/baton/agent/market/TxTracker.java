package dev.baton.agent.market;

import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.runtime.SentTransactions;
import dev.baton.agent.store.AgentStore;
import dev.baton.agent.store.PendingTx;
import dev.baton.errors.ContractRevertException;
import dev.baton.types.TxHash;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The never-twice rule of a market duty, as the seal duty keeps it: a sent transaction is recorded
 * under its work's key in the store before anything else happens, is never re-sent while the node
 * knows it, and its outcome is counted once ({@code
 * <metric>{outcome=sent|confirmed|reverted|dropped|dry_run_reverted}}). A dry run that reverts
 * sends nothing.
 */
public final class TxTracker {
    private static final Logger LOG = LoggerFactory.getLogger(TxTracker.class);

    /** Where a duty's work under one key stands. */
    public enum State {
        /** Nothing of this agent's is in flight under the key. */
        NONE,
        /** Sent and still known to the node: wait, never re-send. */
        IN_FLIGHT,
        /** Mined and succeeded (counted and cleared now). */
        CONFIRMED,
        /**
         * Mined and reverted, or dropped by the node (counted and cleared now): the chain decides
         * again.
         */
        FAILED
    }

    private final String agent;
    private final AgentStore store;
    private final SentTransactions chain;
    private final AgentMetrics metrics;
    private final String metric;

    public TxTracker(
            String agent,
            AgentStore store,
            SentTransactions chain,
            AgentMetrics metrics,
            String metric) {
        this.agent = agent;
        this.store = store;
        this.chain = chain;
        this.metrics = metrics;
        this.metric = metric;
    }

    /**
     * Resolves what is in flight under {@code key}: counts and clears a mined or dropped
     * transaction.
     */
    public State resolve(String key) {
        Optional<PendingTx> pending = store.pending(agent, key);
        if (pending.isEmpty()) {
            return State.NONE;
        }
        Optional<Boolean> outcome = chain.outcome(pending.get().hash());
        if (outcome.isPresent()) {
            store.clearPending(agent, key);
            count(outcome.get() ? "confirmed" : "reverted");
            return outcome.get() ? State.CONFIRMED : State.FAILED;
        }
        if (chain.isKnown(pending.get().hash())) {
            return State.IN_FLIGHT;
        }
        store.clearPending(agent, key);
        count("dropped");
        return State.FAILED;
    }

    /**
     * Sends through {@code submit} (dry run first) and records the hash under {@code key}; returns
     * whether it was sent. A dry run that reverts is counted and sends nothing; its typed error is
     * logged.
     */
    public boolean send(String key, long head, Supplier<TxHash> submit) {
        TxHash hash;
        try {
            hash = submit.get();
        } catch (ContractRevertException e) {
            count("dry_run_reverted");
            LOG.info("{}: {} not sent: {}", metric, key, e.getMessage());
            return false;
        }
        sent(key, hash, head);
        LOG.info("{}: {} sent at head {}: {}", metric, key, head, hash);
        return true;
    }

    /** Records a transaction just sent under {@code key}; durable before the duty goes on. */
    public void sent(String key, TxHash hash, long head) {
        store.putPending(agent, new PendingTx(key, hash, head));
        count("sent");
    }

    /**
     * Counts {@code outcome} (e.g. {@code skipped_already_finalised}) under this tracker's metric.
     */
    public void count(String outcome) {
        metrics.counter(metric, "outcome", outcome).increment();
    }

    /** Publishes the agent's in-flight count (every duty calls this at the end of its head). */
    public void publishPending() {
        metrics.pendingTransactions(store.allPending(agent).size());
    }
}
