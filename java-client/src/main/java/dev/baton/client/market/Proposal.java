package dev.baton.client.market;

import dev.baton.market.Bytes32;
import dev.baton.types.Amount;

/**
 * The economic terms a proposer commits with its transcript: the burn bid (escrowed, burned only if
 * the block wins), the provers' share of the block reward, and the parent hash (pipelined markets
 * only; zero otherwise).
 */
public record Proposal(Amount burnBid, int proverRewardBps, Bytes32 parentHash) {
    public Proposal {
        if (burnBid == null) {
            throw new IllegalArgumentException("burn bid is required");
        }
        if (proverRewardBps < 0 || proverRewardBps > 10_000) {
            throw new IllegalArgumentException(
                    "prover reward must be 0..10000 bps, was " + proverRewardBps);
        }
        parentHash = parentHash == null ? Bytes32.ZERO : parentHash;
    }

    public static Proposal of(Amount burnBid, int proverRewardBps) {
        return new Proposal(burnBid, proverRewardBps, Bytes32.ZERO);
    }
}
