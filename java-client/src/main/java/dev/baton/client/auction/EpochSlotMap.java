package dev.baton.client.auction;

import dev.baton.allocation.EpochKey;
import dev.baton.allocation.EpochSchedule;
import dev.baton.allocation.SlotAllocation;
import dev.baton.allocation.StakeLine;
import dev.baton.types.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An elected epoch's slot map with its sequencers: the off-chain {@link EpochSchedule} (one pass
 * over the entries, no per-slot call) joined with the entries' sequencers, so it answers what
 * {@code sequencerOf} answers on chain.
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

    /**
     * Builds the map from the epoch's seed, slot count and held entries, each with its interval on
     * the stake line as the auction's {@code entryOf} reports it. Uncapped, the line is the entries
     * in entry order; capped by stake (MECHANISM.md §3.4a) it is the place line (places in place
     * order, each place's entries in bid order) and entry numbers are {@code place · quota +
     * index}, so the line is rebuilt by ordering the entries by their start; the intervals must
     * then tile {@code [0, total)} (a displaced entry, never read, leaves no gap).
     */
    public static EpochSlotMap of(long epoch, BigInteger seed, int slots, List<BidEntry> entries) {
        List<BidEntry> line = new ArrayList<>(entries);
        line.sort(Comparator.comparingLong(BidEntry::start));
        long[] ends = new long[line.size()];
        long previous = 0;
        for (int j = 0; j < ends.length; j++) {
            BidEntry entry = line.get(j);
            if (entry.start() != previous) {
                throw new IllegalArgumentException(
                        "entry "
                                + entry.entry()
                                + " starts at "
                                + entry.start()
                                + ", not at the previous end "
                                + previous
                                + ": the entries do not tile the stake line");
            }
            ends[j] = entry.end();
            previous = entry.end();
        }
        EpochSchedule schedule =
                SlotAllocation.schedule(
                        EpochKey.ofSeed(seed), slots, StakeLine.ofCumulativeEnds(ends));
        return new EpochSlotMap(epoch, schedule, List.copyOf(line));
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

    /** The held entries in stake-line order (entry order when uncapped). */
    public List<BidEntry> entries() {
        return entries;
    }

    /** The sequencer of {@code slot} (the on-chain {@code sequencerOf}). */
    public Address sequencerOf(int slot) {
        return entries.get(schedule.entryOfSlot(slot)).sequencer();
    }

    /**
     * The bid entry owning {@code slot} (the publish hint: the auction's entry number, not the line
     * index).
     */
    public int entryOf(int slot) {
        return entries.get(schedule.entryOfSlot(slot)).entry();
    }

    /** Every slot of {@code sequencer} over all its entries (own and delegated), in slot order. */
    public List<ScheduledSlot> slotsOf(Address sequencer) {
        List<ScheduledSlot> slots = new ArrayList<>();
        for (int slot = 0; slot < schedule.slotCount(); slot++) {
            BidEntry entry = entries.get(schedule.entryOfSlot(slot));
            if (entry.sequencer().equals(sequencer)) {
                slots.add(new ScheduledSlot(epoch, slot, entry.entry()));
            }
        }
        return List.copyOf(slots);
    }

    /** The sequencer of every slot, in slot order. */
    public List<Address> sequencersBySlot() {
        List<Address> bySlot = new ArrayList<>(schedule.slotCount());
        for (int slot = 0; slot < schedule.slotCount(); slot++) {
            bySlot.add(sequencerOf(slot));
        }
        return List.copyOf(bySlot);
    }
}
