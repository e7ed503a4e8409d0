package dev.baton.market;

import java.util.List;

/**
 * The market's coverage rule (TranscriptLib.advance): nodes given in leaf order must cover every
 * leaf of the tree split at {@code treeDepth} exactly once, each starting where the previous one
 * ended.
 */
public final class TreeCoverage {
    private TreeCoverage() {}

    /**
     * Throws {@link InvalidTranscriptException} naming the first offending position, as the
     * contract would revert.
     */
    public static void check(int treeDepth, List<TreePosition> nodes) {
        if (treeDepth < 0 || treeDepth > TreePosition.MAX_TREE_DEPTH) {
            throw new InvalidTranscriptException(
                    "tree depth " + treeDepth + " is outside 0.." + TreePosition.MAX_TREE_DEPTH);
        }
        long cursor = 0;
        for (int i = 0; i < nodes.size(); i++) {
            TreePosition node = nodes.get(i);
            if (node.depth() > treeDepth) {
                throw new InvalidTranscriptException(
                        "position "
                                + i
                                + " ("
                                + node
                                + ") is deeper than the tree ("
                                + treeDepth
                                + ")");
            }
            if (!node.fitsIn(treeDepth)) {
                throw new InvalidTranscriptException(
                        "position " + i + " (" + node + ") has an index out of range");
            }
            long start = node.firstLeaf(treeDepth);
            if (start < cursor) {
                throw new InvalidTranscriptException(
                        "position " + i + " (" + node + ") overlaps an earlier node");
            }
            if (start > cursor) {
                throw new InvalidTranscriptException(
                        "position "
                                + i
                                + " ("
                                + node
                                + ") leaves leaves "
                                + cursor
                                + ".."
                                + (start - 1)
                                + " uncovered");
            }
            cursor = start + node.span(treeDepth);
        }
        long leaves = 1L << treeDepth;
        if (cursor != leaves) {
            throw new InvalidTranscriptException(
                    "nodes cover " + cursor + " of " + leaves + " leaves");
        }
    }
}
