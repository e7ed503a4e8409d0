package dev.baton.allocation;

import java.util.Arrays;

/**
 * The slot map of one elected epoch: which bid entry owns each slot, and which slots each entry
 * owns. Built by {@link SlotAllocation#schedule}; immutable. Entry indices are the on-chain bid
 * entry numbers (bid order).
 */
public final class EpochSchedule {
    private final EpochKey key;
    private final int slots;
    private final StakeLine line;
    private final long[] offsets;
    private final int[] entryOfSlot;
    private final int[] slotOfItem;

    EpochSchedule(
            EpochKey key,
            int slots,
            StakeLine line,
            long[] offsets,
            int[] entryOfSlot,
            int[] slotOfItem) {
        this.key = key;
        this.slots = slots;
        this.line = line;
        this.offsets = offsets;
        this.entryOfSlot = entryOfSlot;
        this.slotOfItem = slotOfItem;
    }

    public EpochKey key() {
        return key;
    }

    /** Number of slots {@code e}. */
    public int slotCount() {
        return slots;
    }

    /** Number of bid entries. */
    public int entryCount() {
        return line.count();
    }

    /** The stake line the schedule was computed from. */
    public StakeLine line() {
        return line;
    }

    /** The sampling offset {@code u_m} of item {@code item} inside its stratum. */
    public long offset(int item) {
        if (item < 0 || item >= slots) {
            throw new IllegalArgumentException("item " + item + " outside [0, " + slots + ")");
        }
        return offsets[item];
    }

    /** The entry owning slot {@code slot} (the on-chain {@code entryOfSlot}). */
    public int entryOfSlot(int slot) {
        if (slot < 0 || slot >= slots) {
            throw new IllegalArgumentException("slot " + slot + " outside [0, " + slots + ")");
        }
        return entryOfSlot[slot];
    }

    /** Entry index per slot (a copy). */
    public int[] entriesBySlot() {
        return entryOfSlot.clone();
    }

    /** The items of {@code entry} (the on-chain {@code slotsOf}: first item and count). */
    public ItemRange itemsOf(int entry) {
        checkEntry(entry);
        return SlotAllocation.itemsOf(
                offsets, line.total(), slots, line.start(entry), line.end(entry));
    }

    /**
     * Number of slots {@code entry} owns: within one of floor or ceil of its share of {@code e}.
     */
    public int slotCountOf(int entry) {
        return itemsOf(entry).count();
    }

    /** The slots of {@code entry}, ascending. */
    public int[] slotsOf(int entry) {
        ItemRange items = itemsOf(entry);
        int[] owned = new int[items.count()];
        for (int i = 0; i < owned.length; i++) {
            owned[i] = slotOfItem[items.first() + i];
        }
        Arrays.sort(owned);
        return owned;
    }

    /** The slot holding item {@code item} (the on-chain {@code slotOfItem}). */
    public int slotOfItem(int item) {
        if (item < 0 || item >= slots) {
            throw new IllegalArgumentException("item " + item + " outside [0, " + slots + ")");
        }
        return slotOfItem[item];
    }

    private void checkEntry(int entry) {
        if (entry < 0 || entry >= line.count()) {
            throw new IllegalArgumentException(
                    "entry " + entry + " outside [0, " + line.count() + ")");
        }
    }

    @Override
    public String toString() {
        return "EpochSchedule[slots=" + slots + ", entries=" + line.count() + ", key=" + key + "]";
    }
}
