package dev.baton.agent.runtime;

/**
 * One kind of recurring work of an agent (e.g. sealing epochs). Called once per new L1 head; it
 * must be idempotent: check on chain whether its work is already done before sending anything, so
 * that a restart, a skipped head or a competing keeper never makes it act twice.
 */
public interface Duty {
    /** A short stable name, used in metrics labels and the store (e.g. {@code seal}). */
    String name();

    /**
     * Does whatever is due at head {@code block}; a failure is counted and retried at the next
     * head.
     */
    void onHead(long block);

    /** A small view of the duty's progress for {@code /status} (JSON-serialisable values). */
    default java.util.Map<String, Object> status() {
        return java.util.Map.of();
    }
}
