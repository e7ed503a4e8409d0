package dev.baton.agent.store;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What an agent remembers across restarts that the chain cannot answer cheaply: cursor positions
 * (how far a duty has looked) and sent-but-unconfirmed transaction hashes, one per duty. The chain
 * stays the source of truth: a duty checks on chain whether its work is already done before acting,
 * and uses the store only to avoid re-sending a transaction that is still in flight and to skip
 * history it has already handled.
 */
public interface AgentStore extends AutoCloseable {
    /** The store's schema version (see {@link SqliteAgentStore#SCHEMA_VERSION}). */
    int schemaVersion();

    OptionalLong cursor(String agent, String name);

    void setCursor(String agent, String name, long position);

    Optional<PendingTx> pending(String agent, String duty);

    /**
     * Records (or replaces) the in-flight transaction of {@code tx.duty()}; durable when this
     * returns.
     */
    void putPending(String agent, PendingTx tx);

    void clearPending(String agent, String duty);

    /** All in-flight transactions of {@code agent}, by duty. */
    List<PendingTx> allPending(String agent);

    @Override
    void close();
}
