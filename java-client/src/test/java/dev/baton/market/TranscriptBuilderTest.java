package dev.baton.market;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.types.Address;
import dev.baton.types.ChainId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptBuilderTest {
    private static final Address PROPOSER =
            Address.of("0x15d34AAf54267DB7D7c367839AAf71A00a2C6A65");
    private static final Address MARKET = Address.of("0x5FbDB2315678afecb367f032d93F642f64180aa3");
    private static final Eip712Domain DOMAIN = Eip712Domain.blockMarket(ChainId.DEVNET, MARKET);
    private static final Bytes32 COMMITMENT =
            MarketIds.blockCommitment(Bytes32.ZERO, Bytes32.of("0x" + "01".repeat(32)));

    private static SignedVote vote(int prover, int depth, long index) {
        return vote(
                prover,
                new Vote(MARKET, 5, PROPOSER, COMMITMENT, 2500, TreePosition.of(depth, index)));
    }

    /**
     * Prover 1's vote for leaf 0 of a depth-1 tree, for {@code market}, {@code height} and {@code
     * commitment}.
     */
    private static SignedVote voteAtLeafZero(Address market, long height, Bytes32 commitment) {
        return vote(1, new Vote(market, height, PROPOSER, commitment, 2500, TreePosition.of(1, 0)));
    }

    private static SignedVote vote(int prover, Vote vote) {
        return new ProverSigning(KeyTypedDataSigner.numbered(prover)).vote(DOMAIN, vote);
    }

    private static TranscriptBuilder builder(int treeDepth) {
        return new TranscriptBuilder(DOMAIN, 5, PROPOSER, COMMITMENT, 2500, treeDepth);
    }

    @Test
    void matchesProversToLeavesForTheMostDistinctProvers() {
        // Prover 1 voted for every leaf; provers 2, 3, 4 each for one. Greedy first-come would give
        // prover 1 leaf 0 and cost a distinct prover; matching moves it so all four appear.
        List<SignedVote> votes = new ArrayList<>();
        for (int leaf = 0; leaf < 4; leaf++) {
            votes.add(vote(1, 2, leaf));
        }
        votes.add(vote(2, 2, 1));
        votes.add(vote(3, 2, 2));
        votes.add(vote(4, 2, 3));
        Transcript t = builder(2).offerAll(votes).build().orElseThrow();
        assertThat(t.distinctProvers()).isEqualTo(4);
        assertThat(t.assignments())
                .extracting(a -> a.position().index())
                .containsExactly(0L, 1L, 2L, 3L);
        assertThat(t.assignments().get(0).prover())
                .isEqualTo(KeyTypedDataSigner.numbered(1).address());
    }

    @Test
    void fallsBackToWiderNodesWhereLeavesAreMissing() {
        List<SignedVote> votes =
                List.of(vote(1, 2, 0), vote(2, 2, 1), vote(3, 1, 1), vote(4, 2, 3));
        Transcript t = builder(2).offerAll(votes).build().orElseThrow();
        assertThat(t.assignments())
                .extracting(Assignment::position)
                .containsExactly(
                        TreePosition.of(2, 0), TreePosition.of(2, 1), TreePosition.of(1, 1));
        assertThat(t.distinctProvers()).isEqualTo(3);
    }

    @Test
    void repeatsAProverWhenNoOtherVotedForANode() {
        Transcript t =
                builder(1).offerAll(List.of(vote(1, 1, 0), vote(1, 1, 1))).build().orElseThrow();
        assertThat(t.assignments()).hasSize(2);
        assertThat(t.distinctProvers()).isEqualTo(1);
    }

    @Test
    void emptyWhenTheVotesCannotCoverTheTree() {
        assertThat(
                        builder(2)
                                .offerAll(List.of(vote(1, 2, 0), vote(2, 2, 1), vote(3, 2, 3)))
                                .build())
                .isEmpty();
    }

    @Test
    void dropsVotesForOtherBlocksAndForgedSignatures() {
        TranscriptBuilder b = builder(1);
        assertThat(b.offer(voteAtLeafZero(MARKET, 6, COMMITMENT))).isFalse();
        assertThat(b.offer(voteAtLeafZero(MARKET, 5, Bytes32.ZERO))).isFalse();
        assertThat(b.offer(voteAtLeafZero(Address.ZERO, 5, COMMITMENT))).isFalse();
        assertThat(b.offer(vote(1, 2, 0))).as("deeper than the tree").isFalse();
        SignedVote honest = vote(1, 1, 0);
        SignedVote forged =
                new SignedVote(
                        honest.vote(),
                        KeyTypedDataSigner.numbered(2).address(),
                        honest.signature());
        assertThat(b.offer(forged)).isFalse();
        assertThat(b.build()).isEmpty();
        assertThat(b.offer(honest)).isTrue();
        assertThat(b.offer(vote(3, 1, 1))).isTrue();
        assertThat(b.build()).isPresent();
    }

    @Test
    void builtTranscriptsProveEveryAssignmentAgainstTheirRoot() {
        List<SignedVote> votes = new ArrayList<>();
        for (int leaf = 0; leaf < 8; leaf++) {
            votes.add(vote(leaf + 1, 3, leaf));
        }
        Transcript t = builder(3).offerAll(votes).build().orElseThrow();
        Bytes32 root = t.assignmentsRoot();
        for (int i = 0; i < t.assignments().size(); i++) {
            assertThat(MerkleTree.verify(root, 8, i, t.assignments().get(i).leafHash(), t.proof(i)))
                    .isTrue();
        }
        assertThat(t.positionsOf(KeyTypedDataSigner.numbered(3).address())).containsExactly(2);
    }

    @Test
    void staysWithinTheMarketsAssignmentCapByLeavingTheDeepestLevelOut() {
        // Eight leaf votes and four depth-2 votes, but the market takes at most four assignments.
        List<SignedVote> votes = new ArrayList<>();
        for (int leaf = 0; leaf < 8; leaf++) {
            votes.add(vote(leaf + 1, 3, leaf));
        }
        for (int node = 0; node < 4; node++) {
            votes.add(vote(node + 11, 2, node));
        }
        TranscriptBuilder capped =
                new TranscriptBuilder(DOMAIN, 5, PROPOSER, COMMITMENT, 2500, 3, 4);
        Transcript t = capped.offerAll(votes).build().orElseThrow();
        assertThat(t.assignments()).extracting(a -> a.position().depth()).containsOnly(2);
        assertThat(
                        new TranscriptBuilder(DOMAIN, 5, PROPOSER, COMMITMENT, 2500, 3, 3)
                                .offerAll(votes)
                                .build())
                .isEmpty();
        assertThat(builder(3).offerAll(votes).build().orElseThrow().assignments()).hasSize(8);
    }
}
