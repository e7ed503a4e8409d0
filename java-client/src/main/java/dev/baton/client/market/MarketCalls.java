package dev.baton.client.market;

import dev.baton.market.AttestationProof;
import dev.baton.market.BlockReveal;
import dev.baton.market.Bytes32;
import dev.baton.market.SignedAttestation;
import dev.baton.market.Transcript;
import dev.baton.types.Amount;
import java.util.List;

/** Calldata of every market write, one method per entry point; the tests pin each against ethers' encoding. */
final class MarketCalls {
    private static final String ASSIGNMENT = "(address,uint8,uint32,bytes32,bytes32)";
    private static final String AT_POSITION = "(uint64,address,bytes32,uint256," + ASSIGNMENT + ",bytes32[])";

    private MarketCalls() {}

    static Calldata bondProver(long untilBlock) {
        return Calldata.function("bondProver(uint64)").uint(untilBlock);
    }

    static Calldata fundRewards(Amount amount) {
        return Calldata.function("fundRewards(uint256)").uint(amount.value());
    }

    static Calldata commitTranscript(Transcript transcript, Proposal proposal) {
        if (proposal.proverRewardBps() != transcript.proverRewardBps()) {
            throw new IllegalArgumentException("the proposal's prover share " + proposal.proverRewardBps()
                    + " bps differs from the " + transcript.proverRewardBps() + " bps the votes signed");
        }
        return Calldata.function("commitTranscript((uint64,bytes32,bytes32,uint96,uint16,uint8)," + ASSIGNMENT + "[])")
                .uint(transcript.height()).bytes32(transcript.blockCommitment()).bytes32(proposal.parentHash())
                .uint(proposal.burnBid().value()).uint(proposal.proverRewardBps()).uint(transcript.treeDepth())
                .assignments(transcript.assignments());
    }

    static Calldata reveal(long height, BlockReveal reveal) {
        return Calldata.function("reveal(uint64,bytes32,bytes32)")
                .uint(height).bytes32(reveal.txOrderRoot()).bytes32(reveal.secret());
    }

    static Calldata submitProof(Transcript transcript, List<SignedAttestation> proof) {
        return submitProof(transcript, AttestationProof.encode(proof));
    }

    static Calldata submitProof(Transcript transcript, byte[] proof) {
        return Calldata.function("submitProof(uint64,address,bytes32," + ASSIGNMENT + "[],bytes)")
                .uint(transcript.height()).address(transcript.proposer()).bytes32(transcript.blockCommitment())
                .assignments(transcript.assignments())
                .bytes(proof);
    }

    static Calldata finalise(long height) {
        return Calldata.function("finalise(uint64)").uint(height);
    }

    static Calldata claimProverReward(Transcript transcript, int position) {
        return claimProverReward(transcript, position, transcript.proof(position));
    }

    static Calldata claimProverReward(Transcript transcript, int position, List<Bytes32> merkleProof) {
        return atPosition("claimProverReward", transcript, position, merkleProof);
    }

    static Calldata slashWithheld(Transcript transcript, int position) {
        return slashWithheld(transcript, position, transcript.proof(position));
    }

    static Calldata slashWithheld(Transcript transcript, int position, List<Bytes32> merkleProof) {
        return atPosition("slashWithheld", transcript, position, merkleProof);
    }

    static Calldata challengeVote(Transcript transcript, int position) {
        return challengeVote(transcript, position, transcript.proof(position));
    }

    static Calldata challengeVote(Transcript transcript, int position, List<Bytes32> merkleProof) {
        return atPosition("challengeVote", transcript, position, merkleProof);
    }

    static Calldata disputeSlash(Transcript transcript, int position, byte[] part) {
        return disputeSlash(transcript, position, transcript.proof(position), part);
    }

    static Calldata disputeSlash(Transcript transcript, int position, List<Bytes32> merkleProof, byte[] part) {
        return Calldata.function("disputeSlash(uint64,address,bytes32,uint256," + ASSIGNMENT + ",bytes32[],bytes)")
                .uint(transcript.height()).address(transcript.proposer()).bytes32(transcript.blockCommitment())
                .uint(position)
                .assignment(transcript.assignments().get(position))
                .bytes32Array(merkleProof)
                .bytes(part);
    }

    static Calldata claim() {
        return Calldata.function("claim()");
    }

    private static Calldata atPosition(String name, Transcript transcript, int position, List<Bytes32> merkleProof) {
        return Calldata.function(name + AT_POSITION)
                .uint(transcript.height()).address(transcript.proposer()).bytes32(transcript.blockCommitment())
                .uint(position)
                .assignment(transcript.assignments().get(position))
                .bytes32Array(merkleProof);
    }
}
