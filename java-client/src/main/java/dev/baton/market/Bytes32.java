package dev.baton.market;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A 32-byte word (hash, root, secret, signature half), held as lower-case 0x hex so equality is by
 * value.
 */
public record Bytes32(String hex) {
    private static final Pattern HEX64 = Pattern.compile("0x[0-9a-f]{64}");
    private static final SecureRandom RANDOM = new SecureRandom();
    public static final Bytes32 ZERO = new Bytes32("0x" + "0".repeat(64));

    public Bytes32 {
        if (hex == null) {
            throw new IllegalArgumentException("bytes32 is missing");
        }
        hex = hex.strip().toLowerCase(Locale.ROOT);
        if (!HEX64.matcher(hex).matches()) {
            throw new IllegalArgumentException(
                    "bytes32 must be 0x followed by 64 hex digits, was '" + hex + "'");
        }
    }

    /** Parses user input, naming {@code field} in the error. */
    public static Bytes32 parse(String field, String text) {
        try {
            return new Bytes32(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }

    public static Bytes32 of(String hex) {
        return new Bytes32(hex);
    }

    public static Bytes32 of(byte[] bytes) {
        if (bytes.length != 32) {
            throw new IllegalArgumentException("bytes32 needs 32 bytes, got " + bytes.length);
        }
        return new Bytes32("0x" + HexFormat.of().formatHex(bytes));
    }

    /** A fresh secret from a cryptographic random source (block commitments, test parts). */
    public static Bytes32 random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return of(bytes);
    }

    /** A copy of the 32 bytes. */
    public byte[] bytes() {
        return HexFormat.of().parseHex(hex.substring(2));
    }

    public boolean isZero() {
        return equals(ZERO);
    }

    @Override
    public String toString() {
        return hex;
    }
}
