package dev.baton.events;

/**
 * @param confirmations a block is delivered once this many blocks (itself included) are on top of
 *     the chain
 * @param chunkBlocks the most blocks one {@code eth_getLogs} covers
 * @param reorgWindow how many blocks back a reorganisation is detected (older delivered blocks are
 *     forgotten)
 */
public record CursorOptions(int confirmations, int chunkBlocks, int reorgWindow) {
    public static final CursorOptions DEFAULT = new CursorOptions(1, 2_000, 128);

    public CursorOptions {
        if (confirmations < 1) {
            throw new IllegalArgumentException(
                    "cursor confirmations must be >= 1, was " + confirmations);
        }
        if (chunkBlocks < 1) {
            throw new IllegalArgumentException(
                    "cursor chunkBlocks must be >= 1, was " + chunkBlocks);
        }
        if (reorgWindow < 1) {
            throw new IllegalArgumentException(
                    "cursor reorgWindow must be >= 1, was " + reorgWindow);
        }
    }
}
