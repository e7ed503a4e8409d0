package dev.baton.allocation;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.web3j.crypto.Hash;

/**
 * Java mirror of {@code contracts/libraries/SlotAllocation.sol}: the allocation of an epoch's {@code e} slots to
 * its bid entries in proportion to stake (MECHANISM.md §3.2), computed off-chain so a sequencer learns a whole
 * epoch's schedule without one call per slot.
 *
 * <ul>
 *   <li>Offset {@code u = keccak256(key ‖ "offset") mod S}.
 *   <li>Item {@code m} in {@code [0, e)} sits at unit position {@code floor((u + m·S) / e)}; its owner is the first
 *       entry whose cumulative end exceeds that position, so each entry owns a run of floor or ceil of
 *       {@code units·e/S} consecutive items ({@link #itemsOf}).
 *   <li>Slot {@code t} holds item {@link SlotPermutation#permute}{@code (t)}.
 * </ul>
 *
 * Arithmetic is exact in {@code long}: every position is below {@code S·e}, which is checked to fit (on chain
 * {@code S < 2^28} and {@code e <= 2^16}, so it always does).
 */
public final class SlotAllocation {
    /** Largest number of slots per epoch the library supports (the auction itself allows at most 1,024). */
    public static final int MAX_SLOTS = 65_536;

    /** Below this modulus, {@code remainder · 256 + 255} fits in a long (on chain the total is below 2^28). */
    private static final long SMALL_MODULUS = 1L << 55;

    private static final byte[] OFFSET_TAG = "offset".getBytes(StandardCharsets.US_ASCII);

    private SlotAllocation() {}

    /** The whole schedule of an elected epoch: one pass over the items, then the permutation. */
    public static EpochSchedule schedule(EpochKey key, int slots, StakeLine line) {
        long total = line.total();
        if (line.count() == 0) throw new IllegalArgumentException("an epoch with no bid entries has no schedule");
        checkFits(total, slots);
        long u = offset(key, total);
        int[] ownerOfItem = ownersInItemOrder(line, u, slots);
        SlotPermutation permutation = SlotPermutation.of(key, slots);
        int[] entryOfSlot = new int[slots];
        int[] slotOfItem = new int[slots];
        for (int t = 0; t < slots; t++) {
            int item = permutation.permute(t);
            entryOfSlot[t] = ownerOfItem[item];
            slotOfItem[item] = t;
        }
        return new EpochSchedule(key, slots, line, u, entryOfSlot, slotOfItem);
    }

    /** Sampling offset {@code u = keccak256(key ‖ "offset") mod total}. */
    public static long offset(EpochKey key, long total) {
        if (total <= 0) throw new IllegalArgumentException("total units must be positive, was " + total);
        byte[] input = new byte[EpochKey.LENGTH + OFFSET_TAG.length];
        key.copyInto(input, 0);
        System.arraycopy(OFFSET_TAG, 0, input, EpochKey.LENGTH, OFFSET_TAG.length);
        return mod(Hash.sha3(input), total);
    }

    /** Unit position of item {@code m}: {@code floor((u + m·total) / e)}. */
    public static long positionOf(long u, long total, int slots, int m) {
        return Math.addExact(u, Math.multiplyExact((long) m, total)) / slots;
    }

    /** Items owned by the entry with unit interval {@code [start, end)}: floor or ceil of its share of {@code e}. */
    public static ItemRange itemsOf(long u, long total, int slots, long start, long end) {
        int first = itemsBelow(u, total, Math.multiplyExact(start, (long) slots));
        int below = itemsBelow(u, total, Math.multiplyExact(end, (long) slots));
        return new ItemRange(first, below - first);
    }

    /** The item held by slot {@code t} (see {@link SlotPermutation}; build one to permute many slots). */
    public static int permute(EpochKey key, int slots, int t) {
        return SlotPermutation.of(key, slots).permute(t);
    }

    /** The slot holding item {@code m}. */
    public static int slotOfItem(EpochKey key, int slots, int m) {
        return SlotPermutation.of(key, slots).slotOfItem(m);
    }

    /** Owner entry of every item, walking items in order with a pointer that only moves forward. */
    private static int[] ownersInItemOrder(StakeLine line, long u, int slots) {
        long total = line.total();
        int[] owners = new int[slots];
        int entry = 0;
        long numerator = u; // u + m·total, kept incrementally
        for (int m = 0; m < slots; m++) {
            long position = numerator / slots;
            while (line.end(entry) <= position) entry++;
            owners[m] = entry;
            numerator += total;
        }
        return owners;
    }

    /** Number of items {@code m} with {@code u + m·total < bound}: {@code ceil((bound - u) / total)}, 0 if none. */
    private static int itemsBelow(long u, long total, long bound) {
        if (bound <= u) return 0;
        return Math.toIntExact((bound - u - 1) / total + 1); // ceil without overflowing
    }

    private static void checkFits(long total, int slots) {
        SlotPermutation.domainBits(slots); // validates the slot count
        try {
            Math.multiplyExact(total, (long) slots);
        } catch (ArithmeticException overflow) {
            throw new IllegalArgumentException("total units " + total + " times " + slots + " slots overflows 63 bits");
        }
    }

    /** A 256-bit big-endian number modulo a positive long; byte-wise in long arithmetic when it cannot overflow. */
    private static long mod(byte[] bigEndian, long modulus) {
        if (modulus >= SMALL_MODULUS) {
            return new BigInteger(1, bigEndian).mod(BigInteger.valueOf(modulus)).longValueExact();
        }
        long remainder = 0;
        for (byte b : bigEndian) {
            remainder = ((remainder << 8) | (b & 0xff)) % modulus;
        }
        return remainder;
    }
}
