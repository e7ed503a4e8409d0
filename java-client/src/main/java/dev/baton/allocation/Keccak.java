package dev.baton.allocation;

import org.bouncycastle.crypto.digests.KeccakDigest;

/**
 * A reusable keccak256 over short messages (the allocation hashes tens of thousands of 40- and
 * 64-byte messages per schedule and millions in its statistics): BouncyCastle's digest kept and
 * reset instead of one new digest per hash. Checked against web3j's keccak256 in the tests and,
 * through the shared vectors, against the contract. One instance per thread (not thread-safe).
 */
final class Keccak {
    /** Longest message the tests check (any length works). */
    static final int MAX_INPUT = 135;

    private final KeccakDigest digest = new KeccakDigest(256);
    private final byte[] out = new byte[32];

    /** keccak256 of {@code input[0 .. length)}; the returned array is reused by the next call. */
    byte[] hash(byte[] input, int length) {
        digest.update(input, 0, length);
        digest.doFinal(out, 0);
        return out;
    }

    /**
     * A 256-bit big-endian number modulo a positive long (exact, in long arithmetic when it cannot
     * overflow).
     */
    static long mod(byte[] bigEndian, long modulus) {
        long remainder = 0;
        if (modulus < (1L << 31)) {
            // remainder < 2^31, so remainder · 2^32 + 32 bits stays below 2^63.
            for (int i = 0; i < 32; i += 4) {
                long chunk =
                        ((bigEndian[i] & 0xffL) << 24)
                                | ((bigEndian[i + 1] & 0xff) << 16)
                                | ((bigEndian[i + 2] & 0xff) << 8)
                                | (bigEndian[i + 3] & 0xff);
                remainder = ((remainder << 32) | chunk) % modulus;
            }
            return remainder;
        }
        if (modulus < (1L << 55)) {
            for (byte b : bigEndian) {
                remainder = ((remainder << 8) | (b & 0xff)) % modulus;
            }
            return remainder;
        }
        return new java.math.BigInteger(1, bigEndian)
                .mod(java.math.BigInteger.valueOf(modulus))
                .longValueExact();
    }
}
