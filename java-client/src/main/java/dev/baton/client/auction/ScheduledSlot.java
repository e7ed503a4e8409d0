package dev.baton.client.auction;

/**
 * One slot a sequencer must publish in: the epoch, the slot, and the bid entry that owns it (the
 * publish hint).
 */
public record ScheduledSlot(long epoch, int slot, int entry) implements Comparable<ScheduledSlot> {
    @Override
    public int compareTo(ScheduledSlot other) {
        int byEpoch = Long.compare(epoch, other.epoch);
        return byEpoch != 0 ? byEpoch : Integer.compare(slot, other.slot);
    }
}
