package dev.baton.types;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.web3j.crypto.Hash;

/**
 * A 20-byte account or contract address. Parsing accepts lower-case, upper-case or correctly
 * checksummed (EIP-55) text; mixed case with a wrong checksum is refused because it is almost
 * always a typo. {@link #toString()} is the checksummed form.
 */
public record Address(String lowerHex) implements Comparable<Address> {
    private static final Pattern HEX40 = Pattern.compile("[0-9a-fA-F]{40}");
    public static final Address ZERO = new Address("0x" + "0".repeat(40));

    public Address {
        if (lowerHex == null
                || !lowerHex.startsWith("0x")
                || !HEX40.matcher(lowerHex.substring(2)).matches()) {
            throw new IllegalArgumentException(
                    "address must be 0x followed by 40 hex digits, was '" + lowerHex + "'");
        }
        lowerHex = lowerHex.toLowerCase(Locale.ROOT);
    }

    /**
     * Parses {@code text}; a bad value is reported with {@code field} so the caller sees which
     * input was wrong.
     */
    public static Address parse(String field, String text) {
        if (text == null) {
            throw new IllegalArgumentException(field + ": address is missing");
        }
        String trimmed = text.strip();
        String digits =
                trimmed.startsWith("0x") || trimmed.startsWith("0X") ? trimmed.substring(2) : null;
        if (digits == null || !HEX40.matcher(digits).matches()) {
            throw new IllegalArgumentException(
                    field + ": '" + text + "' is not an address (0x followed by 40 hex digits)");
        }
        boolean mixedCase =
                !digits.equals(digits.toLowerCase(Locale.ROOT))
                        && !digits.equals(digits.toUpperCase(Locale.ROOT));
        Address address = new Address("0x" + digits);
        if (mixedCase && !address.toString().equals("0x" + digits)) {
            throw new IllegalArgumentException(
                    field
                            + ": '"
                            + text
                            + "' has a wrong EIP-55 checksum (expected "
                            + address
                            + ")");
        }
        return address;
    }

    /**
     * Parses text known to be well formed (e.g. from a node); use {@link #parse(String, String)}
     * for user input.
     */
    @JsonCreator
    public static Address of(String text) {
        return parse("address", text);
    }

    /** The EIP-55 checksummed text. */
    @Override
    @JsonValue
    public String toString() {
        String digits = lowerHex.substring(2);
        String hash = toHex(Hash.sha3(digits.getBytes(StandardCharsets.US_ASCII)));
        StringBuilder out = new StringBuilder("0x");
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            out.append(Character.digit(hash.charAt(i), 16) >= 8 ? Character.toUpperCase(c) : c);
        }
        return out.toString();
    }

    @Override
    public int compareTo(Address other) {
        return lowerHex.compareTo(other.lowerHex);
    }

    private static String toHex(byte[] bytes) {
        StringBuilder sb = new StringBuilder(bytes.length * 2);
        for (byte b : bytes) {
            sb.append(Character.forDigit((b >> 4) & 0xf, 16))
                    .append(Character.forDigit(b & 0xf, 16));
        }
        return sb.toString();
    }
}
