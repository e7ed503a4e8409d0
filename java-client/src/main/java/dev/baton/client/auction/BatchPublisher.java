package dev.baton.client.auction;

/** Publishes one batch in one slot (the seam between the runner and the transaction layer). */
public interface BatchPublisher {
    /**
     * Publishes {@code batchHash} in {@code slot} and returns once it is on chain.
     *
     * @throws RuntimeException when the publication failed (typed revert, timeout); the runner
     *     records it
     */
    void publish(ScheduledSlot slot, byte[] batchHash);

    /**
     * Whether {@code slot} already has a batch on chain. The slots come from this sequencer's own
     * schedule of an elected epoch, where only the slot's owner may publish, so a published slot is
     * one this sequencer published (e.g. a transaction mined after its receipt wait timed out).
     */
    boolean isPublished(ScheduledSlot slot);
}
