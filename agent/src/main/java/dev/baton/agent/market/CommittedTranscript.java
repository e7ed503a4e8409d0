package dev.baton.agent.market;

import dev.baton.market.Transcript;

/**
 * A transcript read back from the chain (its commit transaction's input) and the block it was
 * committed in.
 */
public record CommittedTranscript(Transcript transcript, long committedBlock) {
    public long height() {
        return transcript.height();
    }

    /**
     * A short stable key for the store and logs: height, proposer and the commitment's first bytes.
     */
    public String key() {
        return "h"
                + transcript.height()
                + " "
                + transcript.proposer().lowerHex().substring(0, 10)
                + " "
                + transcript.blockCommitment().hex().substring(0, 18);
    }
}
