package dev.baton.market;

import dev.baton.types.Address;

/** A vote with its prover and signature, as a prover hands it to proposers. */
public record SignedVote(Vote vote, Address prover, CompactSignature signature) {
    public SignedVote {
        if (vote == null || prover == null || signature == null) {
            throw new IllegalArgumentException("signed vote needs vote, prover and signature");
        }
    }

    /**
     * Whether the signature recovers to {@code prover} in {@code domain} (what a bad-vote challenge
     * checks).
     */
    public boolean isValid(Eip712Domain domain) {
        return signature.recover(vote.digest(domain)).filter(prover::equals).isPresent();
    }

    /** The transcript entry carrying this vote. */
    public Assignment assignment() {
        return new Assignment(prover, vote.position(), signature);
    }
}
