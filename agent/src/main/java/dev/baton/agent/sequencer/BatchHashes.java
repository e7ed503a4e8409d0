package dev.baton.agent.sequencer;

import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The text form batch sources use for a batch hash: {@code 0x} and 64 hex digits, surrounding
 * whitespace ignored.
 */
final class BatchHashes {
    private static final Pattern HASH = Pattern.compile("0x[0-9a-fA-F]{64}");

    private BatchHashes() {}

    /**
     * The 32 bytes of {@code text}, or null when it is not a batch hash (e.g. a file still being
     * written).
     */
    static byte[] parse(String text) {
        String trimmed = text.strip();
        return HASH.matcher(trimmed).matches()
                ? HexFormat.of().parseHex(trimmed.substring(2))
                : null;
    }
}
