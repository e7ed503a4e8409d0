package dev.baton.model.request;

import java.math.BigInteger;

/** Largest values of the Solidity unsigned integer types the request's fields are stored in. */
final class Uint {
    static final BigInteger ZERO = BigInteger.ZERO;
    static final BigInteger ONE = BigInteger.ONE;
    static final BigInteger MAX_16 = max(16);
    static final BigInteger MAX_32 = max(32);
    static final BigInteger MAX_64 = max(64);
    static final BigInteger MAX_96 = max(96);
    static final BigInteger MAX_128 = max(128);

    private Uint() {}

    static BigInteger max(int bits) {
        return BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE);
    }

    static BigInteger of(long value) {
        return BigInteger.valueOf(value);
    }
}
