package dev.baton.allocation;

import org.web3j.crypto.Hash;

/**
 * The keyed slot order of an epoch: slot {@code t} holds item {@code permute(t)}, a 4-round Feistel network over
 * keccak256 on {@code [0, 4^h)} (the smallest {@code h >= 1} with {@code 4^h >= e}), cycle-walked into
 * {@code [0, e)}. Round {@code i} maps a half {@code r} to the low {@code h} bits of
 * {@code keccak256(key ‖ uint256(i << 32 | r))}, exactly as {@code SlotAllocation.sol}.
 *
 * <p>A half has at most 2^8 values (e is at most 65,536), so every round output is hashed once up front
 * ({@code 4 · 2^h} hashes, 128 for e = 1,024) and each permutation step is then a handful of table lookups.
 */
public final class SlotPermutation {
    /** Feistel rounds. */
    static final int ROUNDS = 4;

    private final int slots;
    private final int halfBits;
    private final int mask;
    /** Round output table: entry {@code round << halfBits | half}, already masked to {@code halfBits}. */
    private final int[] roundOutputs;

    private SlotPermutation(int slots, int halfBits, int[] roundOutputs) {
        this.slots = slots;
        this.halfBits = halfBits;
        this.mask = (1 << halfBits) - 1;
        this.roundOutputs = roundOutputs;
    }

    /** The permutation of {@code [0, slots)} keyed by {@code key}; {@code slots} in 1..{@link SlotAllocation#MAX_SLOTS}. */
    public static SlotPermutation of(EpochKey key, int slots) {
        int h = halfBits(slots);
        int mask = (1 << h) - 1;
        int[] table = new int[ROUNDS << h];
        byte[] input = new byte[2 * EpochKey.LENGTH];
        key.copyInto(input, 0);
        for (int round = 0; round < ROUNDS; round++) {
            for (int half = 0; half <= mask; half++) {
                // uint256(round << 32 | half), big-endian: only the last five bytes can be non-zero.
                input[59] = (byte) round;
                input[62] = (byte) (half >>> 8);
                input[63] = (byte) half;
                byte[] digest = Hash.sha3(input);
                int low = ((digest[30] & 0xff) << 8) | (digest[31] & 0xff);
                table[(round << h) | half] = low & mask;
            }
        }
        return new SlotPermutation(slots, h, table);
    }

    /** The smallest {@code h >= 1} with {@code 4^h >= slots}. */
    static int halfBits(int slots) {
        if (slots < 1 || slots > SlotAllocation.MAX_SLOTS) {
            throw new IllegalArgumentException("slots per epoch must be in 1.." + SlotAllocation.MAX_SLOTS + ", was " + slots);
        }
        int h = 1;
        while ((1L << (2 * h)) < slots) h++;
        return h;
    }

    /** Number of slots {@code e}. */
    public int slots() {
        return slots;
    }

    /** The item held by slot {@code t}. */
    public int permute(int t) {
        checkIndex(t);
        int x = t;
        // The walk follows x's cycle of the permutation on [0, 4^h); it re-enters [0, e) before returning to t.
        do {
            x = encrypt(x);
        } while (x >= slots);
        return x;
    }

    /** The slot holding item {@code m} (inverse of {@link #permute}). */
    public int slotOfItem(int m) {
        checkIndex(m);
        int t = m;
        do {
            t = decrypt(t);
        } while (t >= slots);
        return t;
    }

    private int encrypt(int x) {
        int l = x >>> halfBits;
        int r = x & mask;
        for (int round = 0; round < ROUNDS; round++) {
            int next = l ^ roundOutputs[(round << halfBits) | r];
            l = r;
            r = next;
        }
        return (l << halfBits) | r;
    }

    private int decrypt(int x) {
        int l = x >>> halfBits;
        int r = x & mask;
        for (int round = ROUNDS - 1; round >= 0; round--) {
            int previous = r ^ roundOutputs[(round << halfBits) | l];
            r = l;
            l = previous;
        }
        return (l << halfBits) | r;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= slots) throw new IllegalArgumentException("index " + index + " outside [0, " + slots + ")");
    }
}
