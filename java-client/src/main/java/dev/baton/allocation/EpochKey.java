package dev.baton.allocation;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The 32-byte key that orders an epoch's slots and places its sampling offset. On chain it is the
 * epoch's seed (a uint96 drawn at the seal) widened to bytes32, so {@link #ofSeed} is the usual way
 * to build one.
 */
public final class EpochKey {
    /** Key length in bytes (a Solidity bytes32). */
    public static final int LENGTH = 32;

    private static final BigInteger MAX_UINT256 =
            BigInteger.ONE.shiftLeft(256).subtract(BigInteger.ONE);

    private final byte[] bytes;

    private EpochKey(byte[] bytes) {
        this.bytes = bytes;
    }

    /** The key {@code bytes32(uint256(seed))} of an elected epoch's seed. */
    public static EpochKey ofSeed(BigInteger seed) {
        if (seed.signum() < 0 || seed.compareTo(MAX_UINT256) > 0) {
            throw new IllegalArgumentException("seed must fit in 256 unsigned bits, was " + seed);
        }
        byte[] raw = seed.toByteArray();
        byte[] key = new byte[LENGTH];
        // toByteArray may carry a leading sign byte or be shorter than 32 bytes: right-align the
        // magnitude.
        int copy = Math.min(raw.length, LENGTH);
        System.arraycopy(raw, raw.length - copy, key, LENGTH - copy, copy);
        return new EpochKey(key);
    }

    /** A key from its 32 raw bytes (copied). */
    public static EpochKey of(byte[] bytes) {
        if (bytes.length != LENGTH) {
            throw new IllegalArgumentException(
                    "an epoch key is " + LENGTH + " bytes, was " + bytes.length);
        }
        return new EpochKey(bytes.clone());
    }

    /** A key from 64 hex digits, with or without 0x. */
    public static EpochKey fromHex(String hex) {
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        if (digits.length() != 2 * LENGTH) {
            throw new IllegalArgumentException(
                    "an epoch key is " + 2 * LENGTH + " hex digits, was '" + hex + "'");
        }
        return new EpochKey(HexFormat.of().parseHex(digits));
    }

    /** A copy of the key's bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * Writes the key into {@code target} at {@code offset} (hot paths use this instead of copying).
     */
    void copyInto(byte[] target, int offset) {
        System.arraycopy(bytes, 0, target, offset, LENGTH);
    }

    /** The key as a 0x-prefixed hex string. */
    public String toHex() {
        return "0x" + HexFormat.of().formatHex(bytes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EpochKey key && Arrays.equals(bytes, key.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return toHex();
    }
}
