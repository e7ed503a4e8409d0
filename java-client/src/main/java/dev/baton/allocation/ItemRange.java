package dev.baton.allocation;

/**
 * The items of one bid entry: {@code count} consecutive items from {@code first} (the on-chain
 * {@code slotsOf} answer). The entry's slots are the slots holding these items.
 */
public record ItemRange(int first, int count) {
    public ItemRange {
        if (first < 0 || count < 0) {
            throw new IllegalArgumentException(
                    "item range must be non-negative, was first=" + first + " count=" + count);
        }
    }

    /** One past the last item. */
    public int end() {
        return first + count;
    }

    /** Whether item {@code m} belongs to this range. */
    public boolean contains(int m) {
        return m >= first && m < first + count;
    }
}
