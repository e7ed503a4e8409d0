package dev.baton.types;

import java.util.Locale;
import java.util.regex.Pattern;

/** A 32-byte transaction hash, lower-case 0x-prefixed hex. */
public record TxHash(String hex) {
    private static final Pattern HEX64 = Pattern.compile("0x[0-9a-f]{64}");

    public TxHash {
        if (hex == null) {
            throw new IllegalArgumentException("transaction hash is missing");
        }
        hex = hex.toLowerCase(Locale.ROOT);
        if (!HEX64.matcher(hex).matches()) {
            throw new IllegalArgumentException(
                    "transaction hash must be 0x followed by 64 hex digits, was '" + hex + "'");
        }
    }

    public static TxHash of(String hex) {
        return new TxHash(hex);
    }

    @Override
    public String toString() {
        return hex;
    }
}
