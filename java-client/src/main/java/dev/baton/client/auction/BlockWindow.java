package dev.baton.client.auction;

/** A half-open range of L1 blocks {@code [start, end)}. */
public record BlockWindow(long start, long end) {
    public BlockWindow {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad block window [" + start + ", " + end + ")");
        }
    }

    public boolean contains(long block) {
        return block >= start && block < end;
    }

    /** Whether {@code block} is at or past the end. */
    public boolean isOverAt(long block) {
        return block >= end;
    }
}
