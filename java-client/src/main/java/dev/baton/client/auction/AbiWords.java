package dev.baton.client.auction;

import dev.baton.types.Address;
import java.math.BigInteger;

/** A static ABI result read word by word (every auction view returns static values only). */
final class AbiWords {
    private final String hex;

    private AbiWords(String hex) {
        this.hex = hex;
    }

    static AbiWords of(String result, int expectedWords) {
        String digits = result.startsWith("0x") ? result.substring(2) : result;
        if (digits.length() < 64 * expectedWords) {
            throw new IllegalStateException("expected " + expectedWords + " ABI words, got '" + result + "'");
        }
        return new AbiWords(digits);
    }

    int size() {
        return hex.length() / 64;
    }

    BigInteger uint(int word) {
        return new BigInteger(hex.substring(64 * word, 64 * (word + 1)), 16);
    }

    long uint64(int word) {
        return uint(word).longValueExact();
    }

    int uint32(int word) {
        return uint(word).intValueExact();
    }

    boolean bool(int word) {
        return uint(word).signum() != 0;
    }

    Address address(int word) {
        return Address.of("0x" + hex.substring(64 * word + 24, 64 * (word + 1)));
    }
}
