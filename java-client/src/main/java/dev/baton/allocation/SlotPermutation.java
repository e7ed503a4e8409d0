package dev.baton.allocation;

/**
 * The keyed slot order of an epoch: slot {@code t} holds item {@code permute(t)}, a 12-round
 * Feistel network over keccak256 on {@code [0, 2^k)} (the smallest {@code k >= 2} with {@code 2^k
 * >= e}), cycle-walked into {@code [0, e)}, exactly as {@code SlotAllocation.sol}.
 *
 * <p>A value is a left half above a right half. Even rounds take a right half of {@code k / 2} bits
 * (rounded down), odd rounds one of the other width {@code k - k/2}; round {@code i} maps {@code
 * (l, r)} to {@code (r, l xor F(i, r))}, where {@code F(i, r)} is {@code keccak256(key ‖ uint256(i
 * << 32 | r))} masked to the width of {@code l}. For odd {@code k} the halves differ by one bit (an
 * unbalanced network; every round is a bijection either way).
 *
 * <p>A half has at most 2^8 values (e is at most 65,536), so every round output is hashed once up
 * front (at most {@code 12 · 2^8} hashes, 384 for e = 1,024) and each permutation step is then a
 * handful of table lookups.
 */
public final class SlotPermutation {
    /**
     * Feistel rounds. Four rounds over halves of a few bits made long runs of one party's slots up
     * to 50 times more frequent than a random order; twelve keep every run frequency within 1.3
     * times of it (bench/results/allocation.json).
     */
    public static final int ROUNDS = 12;

    private final int slots;

    /** Right-half width of even rounds ({@code k / 2}); odd rounds take {@code wide} bits. */
    private final int narrow;

    private final int wide;

    /**
     * Round output tables: {@code roundOutputs[i][r]}, already masked to the width of the round's
     * left half.
     */
    private final int[][] roundOutputs;

    private SlotPermutation(int slots, int bits, int[][] roundOutputs) {
        this.slots = slots;
        this.narrow = bits / 2;
        this.wide = bits - narrow;
        this.roundOutputs = roundOutputs;
    }

    /**
     * The permutation of {@code [0, slots)} keyed by {@code key}; {@code slots} in 1..{@link
     * SlotAllocation#MAX_SLOTS}.
     */
    public static SlotPermutation of(EpochKey key, int slots) {
        int bits = domainBits(slots);
        int narrow = bits / 2;
        int wide = bits - narrow;
        int[][] tables = new int[ROUNDS][];
        byte[] input = new byte[2 * EpochKey.LENGTH];
        key.copyInto(input, 0);
        Keccak keccak = new Keccak();
        for (int round = 0; round < ROUNDS; round++) {
            int inputBits = round % 2 == 0 ? narrow : wide;
            int outputMask = (1 << (bits - inputBits)) - 1;
            int[] table = new int[1 << inputBits];
            for (int half = 0; half < table.length; half++) {
                // uint256(round << 32 | half), big-endian: only the last five bytes can be
                // non-zero.
                input[59] = (byte) round;
                input[62] = (byte) (half >>> 8);
                input[63] = (byte) half;
                byte[] digest = keccak.hash(input, input.length);
                int low = ((digest[30] & 0xff) << 8) | (digest[31] & 0xff);
                table[half] = low & outputMask;
            }
            tables[round] = table;
        }
        return new SlotPermutation(slots, bits, tables);
    }

    /** Bits of the permuted domain: the smallest {@code k >= 2} with {@code 2^k >= slots}. */
    static int domainBits(int slots) {
        if (slots < 1 || slots > SlotAllocation.MAX_SLOTS) {
            throw new IllegalArgumentException(
                    "slots per epoch must be in 1.." + SlotAllocation.MAX_SLOTS + ", was " + slots);
        }
        return Math.max(2, 32 - Integer.numberOfLeadingZeros(slots - 1));
    }

    /** Number of slots {@code e}. */
    public int slots() {
        return slots;
    }

    /** The item held by slot {@code t}. */
    public int permute(int t) {
        checkIndex(t);
        int x = t;
        // The walk follows x's cycle of the permutation on [0, 2^k); it re-enters [0, e) before
        // returning to t.
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
        for (int round = 0; round < ROUNDS; round++) {
            int inputBits = round % 2 == 0 ? narrow : wide;
            int outputBits = narrow + wide - inputBits;
            int r = x & ((1 << inputBits) - 1);
            int l = x >>> inputBits;
            x = (r << outputBits) | (l ^ roundOutputs[round][r]);
        }
        return x;
    }

    private int decrypt(int x) {
        for (int round = ROUNDS - 1; round >= 0; round--) {
            int inputBits = round % 2 == 0 ? narrow : wide;
            int outputBits = narrow + wide - inputBits;
            int r = x >>> outputBits;
            int l = (x & ((1 << outputBits) - 1)) ^ roundOutputs[round][r];
            x = (l << inputBits) | r;
        }
        return x;
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= slots) {
            throw new IllegalArgumentException("index " + index + " outside [0, " + slots + ")");
        }
    }
}
