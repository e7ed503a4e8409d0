package dev.baton.events;

import java.util.List;

/**
 * Where a cursor stands: the next block to scan and the recent blocks it delivered (with their
 * hashes and logs), kept for a window so a reorganisation can be detected and its removed logs
 * named.
 */
public record CursorPosition(long nextBlock, List<ScannedBlock> recent) {
    public CursorPosition {
        if (nextBlock < 0) {
            throw new IllegalArgumentException("cursor nextBlock must be >= 0, was " + nextBlock);
        }
        recent = List.copyOf(recent);
    }

    public static CursorPosition startingAt(long block) {
        return new CursorPosition(block, List.of());
    }

    /** A scanned block: its hash when scanned and the logs delivered from it (possibly none). */
    public record ScannedBlock(long number, String hash, List<RawLog> logs) {
        public ScannedBlock {
            logs = List.copyOf(logs);
        }
    }
}
