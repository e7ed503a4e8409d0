package dev.baton.client.auction;

import dev.baton.allocation.EpochKey;
import dev.baton.allocation.EpochSchedule;
import dev.baton.allocation.SlotAllocation;
import dev.baton.allocation.StakeLine;
import dev.baton.types.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * An elected epoch's slot map with its sequencers: the off-chain {@link EpochSchedule} (one pass over the entries,
 * no per-slot call) joined with the entries' sequencers, so it answers what {@code sequencerOf} answers on chain.
 */
public final class EpochSlotMap {
    private final long epoch;
    private final EpochSchedule schedule;
    private final List<BidEntry> entries;

    private EpochSlotMap(long epoch, EpochSchedule schedule, List<BidEntry> entries) {
        this.epoch = epoch;
        this.schedule = schedule;
        this.entries = entries;
    }

    /** Builds the map from the epoch's seed, slot count and entries (in entry order, as read from the auction). */
    public static EpochSlotMap of(long epoch, BigInteger seed, int slots, List<BidEntry> entries) {
        long[] ends = new long[entries.size()];
        for (int j = 0; j < ends.length; j++) {
            BidEntry entry = entries.get(j);
            if (entry.entry() != j) throw new IllegalArgumentException("entries must be in entry order; found " + entry.entry() + " at " + j);
            ends[j] = entry.end();
        }
        EpochSchedule schedule = SlotAllocation.schedule(EpochKey.ofSeed(seed), slots, StakeLine.ofCumulativeEnds(ends));
        return new EpochSlotMap(epoch, schedule, List.copyOf(entries));
    }

    public long epoch() {
        return epoch;
    }

    public int slotCount() {
        return schedule.slotCount();
    }

    public EpochSchedule schedule() {
        return schedule;
    }

    public List<BidEntry> entries() {
        return entries;
    }

    /** The sequencer of {@code slot} (the on-chain {@code sequencerOf}). */
    public Address sequencerOf(int slot) {
        return entries.get(schedule.entryOfSlot(slot)).sequencer();
    }

    /** The bid entry owning {@code slot} (the publish hint). */
    public int entryOf(int slot) {
        return schedule.entryOfSlot(slot);
    }

    /** Every slot of {@code sequencer} over all its entries (own and delegated), in slot order. */
    public List<ScheduledSlot> slotsOf(Address sequencer) {
        List<ScheduledSlot> slots = new ArrayList<>();
        for (int slot = 0; slot < schedule.slotCount(); slot++) {
            int entry = schedule.entryOfSlot(slot);
            if (entries.get(entry).sequencer().equals(sequencer)) slots.add(new ScheduledSlot(epoch, slot, entry));
        }
        return List.copyOf(slots);
    }

    /** The sequencer of every slot, in slot order. */
    public List<Address> sequencersBySlot() {
        List<Address> bySlot = new ArrayList<>(schedule.slotCount());
        for (int slot = 0; slot < schedule.slotCount(); slot++) bySlot.add(sequencerOf(slot));
        return List.copyOf(bySlot);
    }
}
