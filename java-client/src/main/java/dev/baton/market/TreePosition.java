package dev.baton.market;

/**
 * A node of the block's binary proof tree: {@code depth} 0 is the root, {@code index} counts nodes
 * left to right at that depth. In a transcript split at {@code treeDepth}, the node covers {@code
 * 2^(treeDepth - depth)} leaves.
 */
public record TreePosition(int depth, long index) implements Comparable<TreePosition> {
    /** Largest tree depth a transcript may state on chain (2^12 leaves). */
    public static final int MAX_TREE_DEPTH = 12;

    private static final long UINT32_LIMIT = 1L << 32;

    public TreePosition {
        if (depth < 0 || depth > 255) {
            throw new IllegalArgumentException("depth is a uint8, was " + depth);
        }
        if (index < 0 || index >= UINT32_LIMIT) {
            throw new IllegalArgumentException("index is a uint32, was " + index);
        }
    }

    public static TreePosition of(int depth, long index) {
        return new TreePosition(depth, index);
    }

    /** Whether the node exists in a tree split at {@code treeDepth}. */
    public boolean fitsIn(int treeDepth) {
        return depth <= treeDepth && (index >> depth) == 0;
    }

    /** Number of leaves (at {@code treeDepth}) under this node. */
    public long span(int treeDepth) {
        requireFits(treeDepth);
        return 1L << (treeDepth - depth);
    }

    /** First leaf (at {@code treeDepth}) under this node. */
    public long firstLeaf(int treeDepth) {
        return index * span(treeDepth);
    }

    /** The two children, one level down. */
    public TreePosition left() {
        return new TreePosition(depth + 1, index * 2);
    }

    public TreePosition right() {
        return new TreePosition(depth + 1, index * 2 + 1);
    }

    private void requireFits(int treeDepth) {
        if (!fitsIn(treeDepth)) {
            throw new IllegalArgumentException(
                    "node " + this + " is not in a tree of depth " + treeDepth);
        }
    }

    /**
     * Leaf order: by first leaf at the deepest possible split, then shallower (wider) nodes first.
     */
    @Override
    public int compareTo(TreePosition other) {
        int deepest = Math.max(depth, other.depth);
        int byStart =
                Long.compare(index << (deepest - depth), other.index << (deepest - other.depth));
        return byStart != 0 ? byStart : Integer.compare(depth, other.depth);
    }

    @Override
    public String toString() {
        return depth + ":" + index;
    }
}
