package dev.baton.market;

import dev.baton.types.Address;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the votes a proposer gathered into a committable {@link Transcript}. Votes for another
 * block, rollup, height, proposer or prover share, for nodes outside the tree, or whose signature
 * does not recover to their prover are dropped (committing one would hand a challenger the
 * proposer's escrow). Of the rest it picks a cover of the tree with as many nodes as the votes
 * allow (splitting a node whenever both halves are covered) and then assigns provers to those nodes
 * by maximum bipartite matching, so the transcript has the most distinct provers that cover can
 * hold: that is what the cubed term of the score rewards.
 */
public final class TranscriptBuilder {
    private final Eip712Domain marketDomain;
    private final long height;
    private final Address proposer;
    private final Bytes32 blockCommitment;
    private final int proverRewardBps;
    private final int treeDepth;
    private final int maxAssignments;
    private final Map<TreePosition, Map<Address, SignedVote>> votesByNode = new HashMap<>();

    public TranscriptBuilder(
            Eip712Domain marketDomain,
            long height,
            Address proposer,
            Bytes32 blockCommitment,
            int proverRewardBps,
            int treeDepth) {
        this(
                marketDomain,
                height,
                proposer,
                blockCommitment,
                proverRewardBps,
                treeDepth,
                Transcript.MAX_ASSIGNMENTS);
    }

    /** A builder for a market whose {@code maxAssignments} parameter is below the hard cap. */
    public TranscriptBuilder(
            Eip712Domain marketDomain,
            long height,
            Address proposer,
            Bytes32 blockCommitment,
            int proverRewardBps,
            int treeDepth,
            int maxAssignments) {
        if (treeDepth < 0 || treeDepth > TreePosition.MAX_TREE_DEPTH) {
            throw new IllegalArgumentException(
                    "tree depth must be 0.." + TreePosition.MAX_TREE_DEPTH);
        }
        if (maxAssignments < 1 || maxAssignments > Transcript.MAX_ASSIGNMENTS) {
            throw new IllegalArgumentException(
                    "max assignments must be 1.." + Transcript.MAX_ASSIGNMENTS);
        }
        this.maxAssignments = maxAssignments;
        this.marketDomain = marketDomain;
        this.height = height;
        this.proposer = proposer;
        this.blockCommitment = blockCommitment;
        this.proverRewardBps = proverRewardBps;
        this.treeDepth = treeDepth;
    }

    /**
     * Offers a vote; returns whether it is usable for this block (see the class comment for what is
     * dropped).
     */
    public boolean offer(SignedVote signed) {
        Vote vote = signed.vote();
        boolean forThisBlock =
                vote.height() == height
                        && vote.blockCommitment().equals(blockCommitment)
                        && vote.proposer().equals(proposer)
                        && vote.proverRewardBps() == proverRewardBps
                        && vote.rollup().equals(marketDomain.verifyingContract())
                        && vote.position().fitsIn(treeDepth);
        if (!forThisBlock || !signed.isValid(marketDomain)) {
            return false;
        }
        votesByNode
                .computeIfAbsent(vote.position(), p -> new LinkedHashMap<>())
                .putIfAbsent(signed.prover(), signed);
        return true;
    }

    public TranscriptBuilder offerAll(Iterable<SignedVote> votes) {
        votes.forEach(this::offer);
        return this;
    }

    /**
     * The best transcript the offered votes allow, or empty when they cannot cover the tree within
     * the assignment cap. When the finest cover would exceed the cap, the deepest level is left
     * out, then the next, and so on.
     */
    public Optional<Transcript> build() {
        for (int deepest = treeDepth; deepest >= 0; deepest--) {
            List<TreePosition> cover = new ArrayList<>();
            if (!coverFrom(TreePosition.of(0, 0), deepest, cover)) {
                return Optional.empty();
            }
            if (cover.size() <= maxAssignments) {
                return Optional.of(assign(cover));
            }
        }
        return Optional.empty();
    }

    private Transcript assign(List<TreePosition> cover) {
        List<List<SignedVote>> candidates =
                cover.stream().map(node -> List.copyOf(votesByNode.get(node).values())).toList();
        List<SignedVote> chosen = new ProverMatching(candidates).assign();
        List<Assignment> assignments = chosen.stream().map(SignedVote::assignment).toList();
        return new Transcript(
                height, proposer, blockCommitment, proverRewardBps, treeDepth, assignments);
    }

    /**
     * Appends a cover of {@code node} in leaf order from nodes no deeper than {@code deepest};
     * prefers the two halves when both can be covered.
     */
    private boolean coverFrom(TreePosition node, int deepest, List<TreePosition> out) {
        if (node.depth() < deepest) {
            int mark = out.size();
            if (coverFrom(node.left(), deepest, out) && coverFrom(node.right(), deepest, out)) {
                return true;
            }
            out.subList(mark, out.size()).clear();
        }
        if (!votesByNode.containsKey(node)) {
            return false;
        }
        out.add(node);
        return true;
    }
}
