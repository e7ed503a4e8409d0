package dev.baton.market;

import dev.baton.types.Address;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.web3j.crypto.Hash;

/**
 * The fixed-layout hashing of the market's off-chain data: {@code abi.encode} of static values, one
 * 32-byte word each, and its keccak256, as the EIP-712 struct hashes and domain separator, the
 * transcript's Merkle leaves and nodes, transcript ids and the AttestationVerifier's proof words
 * are laid out. Not a contract-call encoder: calls go through the generated wrappers ({@code
 * dev.baton.internal.market}). Pinned by the vectors of {@code VoteTest}, {@code MerkleTreeTest},
 * {@code MarketIdsTest}, {@code AttestationProofTest} and {@code ContractVectorsTest}.
 */
final class FixedLayout {
    private static final BigInteger WORD_LIMIT = BigInteger.ONE.shiftLeft(256);
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static FixedLayout encode() {
        return new FixedLayout();
    }

    FixedLayout uint(BigInteger value) {
        if (value.signum() < 0 || value.compareTo(WORD_LIMIT) >= 0) {
            throw new IllegalArgumentException(
                    "value does not fit an unsigned 256-bit word: " + value);
        }
        byte[] raw = value.toByteArray();
        byte[] word = new byte[32];
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, word, 32 - length, length);
        return word(word);
    }

    FixedLayout uint(long value) {
        return uint(BigInteger.valueOf(value));
    }

    FixedLayout address(Address address) {
        byte[] word = new byte[32];
        byte[] raw = HexFormat.of().parseHex(address.lowerHex().substring(2));
        System.arraycopy(raw, 0, word, 12, 20);
        return word(word);
    }

    FixedLayout bytes32(Bytes32 value) {
        return word(value.bytes());
    }

    private FixedLayout word(byte[] word) {
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
