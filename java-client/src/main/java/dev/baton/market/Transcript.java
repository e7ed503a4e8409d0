package dev.baton.market;

import dev.baton.types.Address;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A block transcript as the proposer commits it: who proves which node of block {@code
 * blockCommitment} at {@code height}, in leaf order, covering the tree split at {@code treeDepth}
 * exactly once. Construction enforces the market's commit-time rules, so a {@code Transcript} is
 * always committable (the market's own {@code maxAssignments} may be lower than {@link
 * #MAX_ASSIGNMENTS}).
 */
public record Transcript(
        long height,
        Address proposer,
        Bytes32 blockCommitment,
        int proverRewardBps,
        int treeDepth,
        List<Assignment> assignments) {
    /**
     * Hard cap on assignments per transcript (the market's MAX_ASSIGNMENTS; one transaction must
     * carry them).
     */
    public static final int MAX_ASSIGNMENTS = 2048;

    public Transcript {
        if (proposer == null || blockCommitment == null || assignments == null) {
            throw new InvalidTranscriptException(
                    "transcript needs a proposer, a block commitment and assignments");
        }
        if (proverRewardBps < 0 || proverRewardBps > 10_000) {
            throw new InvalidTranscriptException(
                    "prover reward must be 0..10000 bps, was " + proverRewardBps);
        }
        assignments = List.copyOf(assignments);
        if (assignments.isEmpty() || assignments.size() > MAX_ASSIGNMENTS) {
            throw new InvalidTranscriptException(
                    "transcript has "
                            + assignments.size()
                            + " assignments; 1.."
                            + MAX_ASSIGNMENTS
                            + " allowed");
        }
        TreeCoverage.check(treeDepth, assignments.stream().map(Assignment::position).toList());
    }

    /** The Merkle leaves, one per assignment in order. */
    public List<Bytes32> leaves() {
        return assignments.stream().map(Assignment::leafHash).toList();
    }

    /** The root the market stores at commit ({@code assignmentsRoot}). */
    public Bytes32 assignmentsRoot() {
        return MerkleTree.root(leaves());
    }

    /**
     * Merkle proof of assignment {@code position} (for challenges, reward claims, slashes and
     * disputes).
     */
    public List<Bytes32> proof(int position) {
        return MerkleTree.proof(leaves(), position);
    }

    /** NUM_PROVERS: the number of distinct provers. */
    public int distinctProvers() {
        Set<Address> provers = new HashSet<>();
        assignments.forEach(a -> provers.add(a.prover()));
        return provers.size();
    }

    /** Positions (indices into {@link #assignments()}) assigned to {@code prover}. */
    public List<Integer> positionsOf(Address prover) {
        return IntStream.range(0, assignments.size())
                .filter(i -> assignments.get(i).prover().equals(prover))
                .boxed()
                .toList();
    }

    /** The market's storage key of this transcript. */
    public Bytes32 id() {
        return MarketIds.transcriptId(height, proposer, blockCommitment);
    }
}
