package dev.baton.market;

import dev.baton.types.Address;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.web3j.crypto.Hash;

/**
 * Builds {@code abi.encode} of static values, one 32-byte word each, and hashes it: the only encoding the market's
 * EIP-712 structs, Merkle leaves and ids use, so no general ABI encoder is needed.
 */
final class AbiWords {
    private static final BigInteger WORD_LIMIT = BigInteger.ONE.shiftLeft(256);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static AbiWords encode() {
        return new AbiWords();
    }

    AbiWords uint(BigInteger value) {
        if (value.signum() < 0 || value.compareTo(WORD_LIMIT) >= 0) {
            throw new IllegalArgumentException("value does not fit an unsigned 256-bit word: " + value);
        }
        byte[] raw = value.toByteArray();
        byte[] word = new byte[32];
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, word, 32 - length, length);
        return word(word);
    }

    AbiWords uint(long value) {
        return uint(BigInteger.valueOf(value));
    }

    AbiWords address(Address address) {
        byte[] word = new byte[32];
        byte[] raw = HexFormat.of().parseHex(address.lowerHex().substring(2));
        System.arraycopy(raw, 0, word, 12, 20);
        return word(word);
    }

    AbiWords bytes32(Bytes32 value) {
        return word(value.bytes());
    }

    private AbiWords word(byte[] word) {
        out.writeBytes(word);
        return this;
    }

    byte[] bytes() {
        return out.toByteArray();
    }

    Bytes32 keccak() {
        return Bytes32.of(Hash.sha3(out.toByteArray()));
    }

    static Bytes32 keccak(byte[] bytes) {
        return Bytes32.of(Hash.sha3(bytes));
    }

    static Bytes32 keccak(String text) {
        return keccak(text.getBytes(StandardCharsets.UTF_8));
    }

    /** keccak256(a ‖ b): the packed hash of two words. */
    static Bytes32 keccakPair(Bytes32 a, Bytes32 b) {
        byte[] both = new byte[64];
        System.arraycopy(a.bytes(), 0, both, 0, 32);
        System.arraycopy(b.bytes(), 0, both, 32, 32);
        return keccak(both);
    }
}
