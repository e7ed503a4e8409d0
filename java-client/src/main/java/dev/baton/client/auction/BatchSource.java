package dev.baton.client.auction;

/**
 * The batch a sequencer publishes in a slot: the rollup's pending data, reduced to its 32-byte
 * commitment.
 */
@FunctionalInterface
public interface BatchSource {
    byte[] batchFor(ScheduledSlot slot);
}
