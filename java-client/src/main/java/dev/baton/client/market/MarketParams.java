package dev.baton.client.market;

import dev.baton.types.Address;
import dev.baton.types.Amount;

/**
 * The market's mechanism parameters ({@code params()}); windows in seconds, locks and horizons in
 * blocks.
 */
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
        Amount uncleReward) {}
