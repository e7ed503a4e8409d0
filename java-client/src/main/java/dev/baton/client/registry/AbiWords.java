package dev.baton.client.registry;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A minimal ABI writer for the registry's fixed shapes: 32-byte words, static tuples written inline, dynamic parts
 * (arrays, bytes) placed after the head with offsets counted from the start of their enclosing tuple.
 */
final class AbiWords {

    private static final HexFormat HEX = HexFormat.of();
    private final List<byte[]> head = new ArrayList<>();
    private final List<Dynamic> tails = new ArrayList<>();

    private record Dynamic(int headIndex, byte[] encoded) {}

    AbiWords uint(BigInteger value) {
        if (value.signum() < 0 || value.bitLength() > 256) throw new IllegalArgumentException("not a uint256: " + value);
        head.add(pad(value.toByteArray()));
        return this;
    }

    AbiWords uint(long value) {
        return uint(BigInteger.valueOf(value));
    }

    AbiWords bool(boolean value) {
        return uint(value ? 1 : 0);
    }

    /** A 20-byte address, 0x-prefixed hex. */
    AbiWords address(String hex) {
        byte[] raw = bytes(hex);
        if (raw.length != 20) throw new IllegalArgumentException("not a 20-byte address: " + hex);
        head.add(pad(raw));
        return this;
    }

    AbiWords bytes32(byte[] value) {
        if (value.length != 32) throw new IllegalArgumentException("bytes32 needs 32 bytes, got " + value.length);
        head.add(value.clone());
        return this;
    }

    /** A dynamic value (its offset goes in the head, its encoding after the head). */
    AbiWords dynamic(byte[] encoded) {
        tails.add(new Dynamic(head.size(), encoded));
        head.add(new byte[32]);
        return this;
    }

    /** {@code bytes}: length, then the data right-padded to whole words. */
    static byte[] dynamicBytes(byte[] data) {
        int padded = (data.length + 31) / 32 * 32;
        byte[] out = new byte[32 + padded];
        System.arraycopy(pad(BigInteger.valueOf(data.length).toByteArray()), 0, out, 0, 32);
        System.arraycopy(data, 0, out, 32, data.length);
        return out;
    }

    /** An array of static tuples: length, then each element's words. */
    static byte[] staticArray(List<byte[]> elements) {
        AbiWords words = new AbiWords().uint(elements.size());
        byte[] length = words.encode();
        int size = length.length + elements.stream().mapToInt(e -> e.length).sum();
        byte[] out = new byte[size];
        System.arraycopy(length, 0, out, 0, length.length);
        int at = length.length;
        for (byte[] element : elements) {
            System.arraycopy(element, 0, out, at, element.length);
            at += element.length;
        }
        return out;
    }

    /** Head words (offsets filled in) followed by the dynamic parts. */
    byte[] encode() {
        int headSize = head.size() * 32;
        int tailSize = tails.stream().mapToInt(t -> t.encoded.length).sum();
        byte[] out = new byte[headSize + tailSize];
        int at = headSize;
        for (Dynamic tail : tails) {
            head.set(tail.headIndex, pad(BigInteger.valueOf(at).toByteArray()));
            System.arraycopy(tail.encoded, 0, out, at, tail.encoded.length);
            at += tail.encoded.length;
        }
        for (int i = 0; i < head.size(); i++) System.arraycopy(head.get(i), 0, out, i * 32, 32);
        return out;
    }

    static byte[] bytes(String hex) {
        String digits = hex.startsWith("0x") || hex.startsWith("0X") ? hex.substring(2) : hex;
        return HEX.parseHex(digits);
    }

    static String hex(byte[] data) {
        return "0x" + HEX.formatHex(data);
    }

    /** Left-pads a big-endian two's-complement magnitude (possibly with a sign byte) to 32 bytes. */
    private static byte[] pad(byte[] raw) {
        int start = raw.length > 32 && raw[0] == 0 ? raw.length - 32 : 0;
        int length = raw.length - start;
        if (length > 32) throw new IllegalArgumentException("value wider than 32 bytes");
        byte[] word = new byte[32];
        System.arraycopy(raw, start, word, 32 - length, length);
        return word;
    }
}
