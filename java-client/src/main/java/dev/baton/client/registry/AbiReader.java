package dev.baton.client.registry;

import java.math.BigInteger;
import java.util.Arrays;

/** Reads ABI words from call results: a cursor over one tuple, with {@link #at} to follow an offset. */
final class AbiReader {

    private final byte[] data;
    private final int base;
    private int word;

    private AbiReader(byte[] data, int base) {
        this.data = data;
        this.base = base;
    }

    static AbiReader of(byte[] data) {
        return new AbiReader(data, 0);
    }

    /** A reader over the tuple starting {@code offset} bytes after this tuple's start. */
    AbiReader at(BigInteger offset) {
        int start = base + offset.intValueExact();
        if (start < 0 || start > data.length) throw new IllegalStateException("ABI offset out of range: " + offset);
        return new AbiReader(data, start);
    }

    BigInteger uint() {
        return new BigInteger(1, next());
    }

    long uint64() {
        return uint().longValueExact();
    }

    boolean bool() {
        return uint().signum() != 0;
    }

    /** An address as lower-case 0x hex. */
    String address() {
        return AbiWords.hex(Arrays.copyOfRange(next(), 12, 32));
    }

    byte[] bytes32() {
        return next();
    }

    /** The dynamic value whose offset is the next head word. */
    AbiReader dynamic() {
        return at(uint());
    }

    /** A {@code bytes} value at this reader's position: length, then data. */
    byte[] dynamicBytes() {
        int length = uint().intValueExact();
        int start = base + word * 32;
        if (start + length > data.length) throw new IllegalStateException("ABI bytes run past the data");
        return Arrays.copyOfRange(data, start, start + length);
    }

    private byte[] next() {
        int start = base + word * 32;
        if (start + 32 > data.length) {
            throw new IllegalStateException("ABI data too short: need word " + word + " at byte " + start + ", have "
                    + data.length + " bytes");
        }
        word++;
        return Arrays.copyOfRange(data, start, start + 32);
    }
}
