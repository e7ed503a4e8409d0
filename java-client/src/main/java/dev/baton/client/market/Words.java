package dev.baton.client.market;

import dev.baton.market.Bytes32;
import dev.baton.types.Address;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** Reads an ABI-encoded call result word by word (static fields, and {@code bytes32[]} behind an offset). */
final class Words {
    private final String hex;

    private Words(String hex) {
        this.hex = hex.startsWith("0x") ? hex.substring(2) : hex;
    }

    static Words of(String hex) {
        return new Words(hex);
    }

    int count() {
        return hex.length() / 64;
    }

    BigInteger uint(int i) {
        return new BigInteger(raw(i), 16);
    }

    long longValue(int i) {
        return uint(i).longValueExact();
    }

    int intValue(int i) {
        return uint(i).intValueExact();
    }

    boolean bool(int i) {
        return uint(i).signum() != 0;
    }

    Address address(int i) {
        return Address.of("0x" + raw(i).substring(24));
    }

    Bytes32 bytes32(int i) {
        return Bytes32.of("0x" + raw(i));
    }

    /** The {@code bytes32[]} whose offset (in bytes) sits in word {@code i}. */
    List<Bytes32> bytes32Array(int i) {
        int start = uint(i).intValueExact() / 32;
        int length = intValue(start);
        List<Bytes32> out = new ArrayList<>(length);
        for (int k = 0; k < length; k++) out.add(bytes32(start + 1 + k));
        return out;
    }

    private String raw(int i) {
        if ((i + 1) * 64 > hex.length()) {
            throw new IllegalStateException("call result has " + count() + " words, word " + i + " was read");
        }
        return hex.substring(i * 64, (i + 1) * 64);
    }
}
