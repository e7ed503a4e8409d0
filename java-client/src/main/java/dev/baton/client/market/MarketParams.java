package dev.baton.client.market;

import dev.baton.types.Address;
import dev.baton.types.Amount;

/** The market's mechanism parameters ({@code params()}); windows in seconds, locks and horizons in blocks. */
public record MarketParams(
        Address verifier,
        long proposalWindow,
        long proofWindow,
        long disputeWindow,
        long escrowLockBlocks,
        long bondHorizonBlocks,
        boolean pipelined,
        int maxAssignments,
        int targetProvers,
        int maxUncles,
        int slashRateBps,
        int badVoteBountyBps,
        Amount minBurnBid,
        Amount minBurnPerMissingProver,
        Amount blockReward,
        Amount uncleReward) {

    static MarketParams decode(String hex) {
        Words w = Words.of(hex);
        return new MarketParams(w.address(0), w.longValue(1), w.longValue(2), w.longValue(3), w.longValue(4),
                w.longValue(5), w.bool(6), w.intValue(7), w.intValue(8), w.intValue(9), w.intValue(10),
                w.intValue(11), Amount.of(w.uint(12)), Amount.of(w.uint(13)), Amount.of(w.uint(14)),
                Amount.of(w.uint(15)));
    }
}
