package dev.baton.market;

import java.util.ArrayList;
import java.util.List;

/**
 * The transcript's Merkle tree exactly as the market's TranscriptLib builds it: each level hashes
 * pairs left to right (parent = keccak256(left ‖ right)), an odd last node is carried up unchanged,
 * and the root of no leaves is zero. Proofs list the siblings bottom-up, skipping levels where the
 * node was carried up.
 */
public final class MerkleTree {
    /** Longest proof the market accepts (TranscriptLib.MAX_PROOF_LENGTH). */
    public static final int MAX_PROOF_LENGTH = 12;

    private MerkleTree() {}

    public static Bytes32 root(List<Bytes32> leaves) {
        if (leaves.isEmpty()) {
            return Bytes32.ZERO;
        }
        List<Bytes32> level = leaves;
        while (level.size() > 1) {
            level = parents(level);
        }
        return level.get(0);
    }

    /** Siblings that lead leaf {@code index} up to the root. */
    public static List<Bytes32> proof(List<Bytes32> leaves, int index) {
        if (index < 0 || index >= leaves.size()) {
            throw new IndexOutOfBoundsException("leaf " + index + " of " + leaves.size());
        }
        List<Bytes32> siblings = new ArrayList<>();
        List<Bytes32> level = leaves;
        int at = index;
        while (level.size() > 1) {
            if ((at & 1) == 1) {
                siblings.add(level.get(at - 1));
            } else if (at + 1 < level.size()) {
                siblings.add(level.get(at + 1));
            }
            level = parents(level);
            at >>= 1;
        }
        return List.copyOf(siblings);
    }

    /**
     * The contract's {@code verifyLeaf}: whether {@code leaf} sits at {@code index} of {@code
     * count} leaves.
     */
    public static boolean verify(
            Bytes32 root, int count, int index, Bytes32 leaf, List<Bytes32> proof) {
        if (index < 0 || index >= count || proof.size() > MAX_PROOF_LENGTH) {
            return false;
        }
        Bytes32 node = leaf;
        int width = count;
        int at = index;
        int used = 0;
        while (width > 1) {
            if ((at & 1) == 1) {
                if (used == proof.size()) {
                    return false;
                }
                node = FixedLayout.keccakPair(proof.get(used++), node);
            } else if (at + 1 < width) {
                if (used == proof.size()) {
                    return false;
                }
                node = FixedLayout.keccakPair(node, proof.get(used++));
            }
            at >>= 1;
            width = (width >> 1) + (width & 1);
        }
        return used == proof.size() && node.equals(root);
    }

    private static List<Bytes32> parents(List<Bytes32> level) {
        List<Bytes32> up = new ArrayList<>((level.size() + 1) / 2);
        for (int i = 0; i + 1 < level.size(); i += 2) {
            up.add(FixedLayout.keccakPair(level.get(i), level.get(i + 1)));
        }
        if ((level.size() & 1) == 1) {
            up.add(level.get(level.size() - 1));
        }
        return up;
    }
}
