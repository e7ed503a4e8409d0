package dev.baton.client.auction;

/** Publishes one batch in one slot (the seam between the runner and the transaction layer). */
@FunctionalInterface
public interface BatchPublisher {
    /**
     * Publishes {@code batchHash} in {@code slot} and returns once it is on chain.
     *
     * @throws RuntimeException when the publication failed (typed revert, timeout); the runner records it
     */
    void publish(ScheduledSlot slot, byte[] batchHash);
}
