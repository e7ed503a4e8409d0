package dev.baton.allocation;

/**
 * Java mirror of {@code contracts/libraries/SlotAllocation.sol}: the allocation of an epoch's
 * {@code e} slots to its bid entries in proportion to stake (MECHANISM.md §3.2), computed off-chain
 * so a sequencer learns a whole epoch's schedule without one call per slot.
 *
 * <ul>
 *   <li>Stratified sampling: item {@code m} in {@code [0, e)} has its own offset {@code u_m =
 *       keccak256(key ‖ "offset" ‖ uint16(m)) mod S} and sits at unit position {@code floor((m·S +
 *       u_m) / e)}; its owner is the first entry whose cumulative end exceeds that position.
 *       Positions increase with {@code m}, so each entry owns consecutive items ({@link
 *       EpochSchedule#itemsOf}), between {@code floor(units·e/S) - 1} and {@code ceil(units·e/S) +
 *       1} of them.
 *   <li>Slot {@code t} holds item {@link SlotPermutation#permute}{@code (t)}.
 * </ul>
 *
 * Arithmetic is exact in {@code long}: every scaled position is below {@code S·e}, which is checked
 * to fit (on chain {@code S < 2^24} and {@code e <= 2^16}, so it always does).
 */
public final class SlotAllocation {
    /**
     * Largest number of slots per epoch the library supports (the auction itself allows at most
     * 1,024).
     */
    public static final int MAX_SLOTS = 65_536;

    /** "offset" in ASCII. */
    private static final byte[] OFFSET_TAG = {'o', 'f', 'f', 's', 'e', 't'};

    /** Bytes hashed per offset: key (32), "offset" (6), uint16 item (2). */
    private static final int OFFSET_INPUT = EpochKey.LENGTH + OFFSET_TAG.length + 2;

    private SlotAllocation() {}

    /**
     * The whole schedule of an elected epoch: every item's offset and owner, then the permutation.
     */
    public static EpochSchedule schedule(EpochKey key, int slots, StakeLine line) {
        if (line.count() == 0) {
            throw new IllegalArgumentException("an epoch with no bid entries has no schedule");
        }
        long total = line.total();
        checkFits(total, slots);
        long[] offsets = offsets(key, total, slots);
        int[] ownerOfItem = ownersInItemOrder(line, offsets, slots);
        SlotPermutation permutation = SlotPermutation.of(key, slots);
        int[] entryOfSlot = new int[slots];
        int[] slotOfItem = new int[slots];
        for (int t = 0; t < slots; t++) {
            int item = permutation.permute(t);
            entryOfSlot[t] = ownerOfItem[item];
            slotOfItem[item] = t;
        }
        return new EpochSchedule(key, slots, line, offsets, entryOfSlot, slotOfItem);
    }

    /**
     * Offset of item {@code m} in its stratum: {@code uint256(keccak256(key ‖ "offset" ‖
     * uint16(m))) mod total}.
     */
    public static long offset(EpochKey key, long total, int m) {
        return offsets(key, total, m + 1)[m];
    }

    /** The offsets of items {@code 0 .. slots-1}. */
    public static long[] offsets(EpochKey key, long total, int slots) {
        if (total <= 0) {
            throw new IllegalArgumentException("total units must be positive, was " + total);
        }
        if (slots < 0 || slots > MAX_SLOTS) {
            throw new IllegalArgumentException("item count " + slots + " outside 0.." + MAX_SLOTS);
        }
        Keccak keccak = new Keccak();
        byte[] input = new byte[OFFSET_INPUT];
        key.copyInto(input, 0);
        System.arraycopy(OFFSET_TAG, 0, input, EpochKey.LENGTH, OFFSET_TAG.length);
        long[] offsets = new long[slots];
        for (int m = 0; m < slots; m++) {
            input[OFFSET_INPUT - 2] = (byte) (m >>> 8);
            input[OFFSET_INPUT - 1] = (byte) m;
            offsets[m] = Keccak.mod(keccak.hash(input, OFFSET_INPUT), total);
        }
        return offsets;
    }

    /**
     * Unit position of item {@code m} with offset {@code u_m}: {@code floor((m·total + u_m) / e)}.
     */
    public static long positionOf(long offsetOfItem, long total, int slots, int m) {
        return Math.addExact(offsetOfItem, Math.multiplyExact((long) m, total)) / slots;
    }

    /**
     * Items of the entry with unit interval {@code [start, end)} given every item's offset: the
     * items {@code m} with {@code start·e <= m·total + u_m < end·e}, as the contract counts them
     * (two boundary strata).
     */
    public static ItemRange itemsOf(long[] offsets, long total, int slots, long start, long end) {
        int first = itemsBelow(offsets, total, slots, Math.multiplyExact(start, (long) slots));
        int below = itemsBelow(offsets, total, slots, Math.multiplyExact(end, (long) slots));
        return new ItemRange(first, below - first);
    }

    /**
     * The item held by slot {@code t} (see {@link SlotPermutation}; build one to permute many
     * slots).
     */
    public static int permute(EpochKey key, int slots, int t) {
        return SlotPermutation.of(key, slots).permute(t);
    }

    /** The slot holding item {@code m}. */
    public static int slotOfItem(EpochKey key, int slots, int m) {
        return SlotPermutation.of(key, slots).slotOfItem(m);
    }

    /** Owner entry of every item, walking items in order with a pointer that only moves forward. */
    static int[] ownersInItemOrder(StakeLine line, long[] offsets, int slots) {
        long total = line.total();
        int[] owners = new int[slots];
        int entry = 0;
        long base = 0; // m·total, kept incrementally
        for (int m = 0; m < slots; m++) {
            long position = (base + offsets[m]) / slots;
            while (line.end(entry) <= position) {
                entry++;
            }
            owners[m] = entry;
            base += total;
        }
        return owners;
    }

    /**
     * Items {@code m} with {@code m·total + u_m < bound}: all of the strata below {@code q = bound
     * / total}, and q if drawn below.
     */
    private static int itemsBelow(long[] offsets, long total, int slots, long bound) {
        long q = bound / total;
        if (q >= slots) {
            return slots;
        }
        int m = (int) q;
        return q * total + offsets[m] < bound ? m + 1 : m;
    }

    private static void checkFits(long total, int slots) {
        SlotPermutation.domainBits(slots); // validates the slot count
        try {
            Math.multiplyExact(total, (long) slots);
        } catch (ArithmeticException overflow) {
            throw new IllegalArgumentException(
                    "total units " + total + " times " + slots + " slots overflows 63 bits");
        }
    }
}
