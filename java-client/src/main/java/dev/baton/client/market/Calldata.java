package dev.baton.client.market;

import dev.baton.market.Assignment;
import dev.baton.market.Bytes32;
import dev.baton.types.Address;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.web3j.crypto.Hash;

/**
 * ABI calldata for the market's entry points: static words and static tuples inline in the head, {@code bytes},
 * {@code bytes32[]} and assignment arrays as tails behind offsets. The function signature is written out by the
 * caller, so the selector is exactly the contract's (the tests pin every selector and encoding against ethers).
 */
final class Calldata {
    private final byte[] selector;
    private final List<byte[]> heads = new ArrayList<>();
    private final List<byte[]> tails = new ArrayList<>();

    private Calldata(byte[] selector) {
        this.selector = selector;
    }

    static Calldata function(String signature) {
        byte[] hash = Hash.sha3(signature.getBytes(StandardCharsets.US_ASCII));
        return new Calldata(new byte[] {hash[0], hash[1], hash[2], hash[3]});
    }

    Calldata uint(BigInteger value) {
        return staticWord(word(value));
    }

    Calldata uint(long value) {
        return uint(BigInteger.valueOf(value));
    }

    Calldata bool(boolean value) {
        return uint(value ? 1 : 0);
    }

    Calldata address(Address value) {
        return uint(new BigInteger(value.lowerHex().substring(2), 16));
    }

    Calldata bytes32(Bytes32 value) {
        return staticWord(value.bytes());
    }

    /** A static {@code (address,uint8,uint32,bytes32,bytes32)} tuple, inline. */
    Calldata assignment(Assignment a) {
        return address(a.prover()).uint(a.position().depth()).uint(a.position().index())
                .bytes32(a.vote().r()).bytes32(a.vote().vs());
    }

    Calldata assignments(List<Assignment> list) {
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        tail.writeBytes(word(BigInteger.valueOf(list.size())));
        for (Assignment a : list) tail.writeBytes(new Calldata(new byte[0]).assignment(a).headBytes());
        return dynamic(tail.toByteArray());
    }

    Calldata bytes32Array(List<Bytes32> list) {
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        tail.writeBytes(word(BigInteger.valueOf(list.size())));
        list.forEach(b -> tail.writeBytes(b.bytes()));
        return dynamic(tail.toByteArray());
    }

    Calldata bytes(byte[] value) {
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        tail.writeBytes(word(BigInteger.valueOf(value.length)));
        tail.writeBytes(value);
        tail.writeBytes(new byte[(32 - value.length % 32) % 32]);
        return dynamic(tail.toByteArray());
    }

    String hex() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(selector);
        int headSize = heads.size() * 32;
        int tailOffset = headSize;
        List<byte[]> orderedTails = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            byte[] tail = tails.get(i);
            if (tail == null) {
                out.writeBytes(heads.get(i));
            } else {
                out.writeBytes(word(BigInteger.valueOf(tailOffset)));
                tailOffset += tail.length;
                orderedTails.add(tail);
            }
        }
        orderedTails.forEach(out::writeBytes);
        return "0x" + HexFormat.of().formatHex(out.toByteArray());
    }

    private byte[] headBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        heads.forEach(out::writeBytes);
        return out.toByteArray();
    }

    private Calldata staticWord(byte[] word) {
        heads.add(word);
        tails.add(null);
        return this;
    }

    private Calldata dynamic(byte[] tail) {
        heads.add(null);
        tails.add(tail);
        return this;
    }

    private static byte[] word(BigInteger value) {
        if (value.signum() < 0 || value.bitLength() > 256) throw new IllegalArgumentException("not a uint256: " + value);
        byte[] raw = value.toByteArray();
        byte[] word = new byte[32];
        int length = Math.min(raw.length, 32);
        System.arraycopy(raw, raw.length - length, word, 32 - length, length);
        return word;
    }
}
