package dev.baton.client.market;

import dev.baton.market.Bytes32;
import dev.baton.market.Score;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;

/**
 * A transcript as the market stores it ({@code transcriptOf}); times are seconds, blocks are block
 * numbers.
 */
public record TranscriptState(
        Address proposer,
        long attempt,
        int numProvers,
        int numAssignments,
        int depth,
        int proverRewardBps,
        TranscriptStatus status,
        boolean ranked,
        Amount burnBid,
        long committedAt,
        long committedBlock,
        int contributingProvers,
        int contributedLeaves,
        int contributedPositions,
        Bytes32 assignmentsRoot,
        Bytes32 txOrderRoot,
        Bytes32 parentHash,
        Amount proverPot,
        long finalisedAt) {

    public boolean exists() {
        return status != TranscriptStatus.NONE;
    }

    /** Whether a proof was accepted (it stays true once the transcript won or became an uncle). */
    public boolean proven() {
        return status == TranscriptStatus.PROVEN
                || status == TranscriptStatus.WON
                || status == TranscriptStatus.UNCLE;
    }

    public BigInteger score() {
        return Score.of(numProvers, burnBid.value());
    }
}
