package dev.baton.model.request;

import dev.baton.model.Json;
import java.math.BigInteger;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link RollupRequest} in the seed's shape: numbers as decimal strings, a single {@code
 * nb_sequencers} figure when min = max (and a cap), {@code "max": "unlimited"} for no cap, {@code
 * weight} only when it is not the default 1. The selection is always written in full (only a {@code
 * stake_unit} still to be derived at registration is left out), so what is shown is what the module
 * runs with, whatever today's defaults are.
 */
final class RequestWriter {

    private RequestWriter() {}

    static String write(RollupRequest request) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode body = root.putObject(RequestParser.ROOT);
        body.put("settlement_layer", request.settlementLayer().json());
        body.put("da_layer", request.daLayer().json());
        body.put("vm", request.vm().json());
        body.put("type", request.type().json());
        body.put("purpose", request.purpose().json());
        SequencerRange range = request.nbSequencers();
        if (range.isExact() && !range.isUnlimited()) {
            body.put("nb_sequencers", Long.toString(range.min()));
        } else {
            body.putObject("nb_sequencers")
                    .put("min", Long.toString(range.min()))
                    .put("max", range.maxText());
        }
        ArrayNode allowed = body.putArray("allowed_tokens");
        for (AllowedToken token : request.allowedTokens()) {
            allowed.addObject().put("sym", token.sym());
        }
        ArrayNode minStakes = body.putArray("min_stake_per_seq");
        for (MinStake stake : request.minStakePerSeq()) {
            ObjectNode entry =
                    minStakes
                            .addObject()
                            .put("sym", stake.sym())
                            .put("val", stake.val().toPlainString());
            if (!stake.weight().equals(MinStake.DEFAULT_WEIGHT)) {
                entry.put("weight", stake.weight().toString());
            }
        }
        ObjectNode selection = body.putObject(SelectionParser.FIELD);
        selection.put(SelectionParser.MECHANISM, request.selection().mechanism().json());
        switch (request.selection()) {
            case SlotAuctionParams p -> writeSlotAuction(selection, p);
            case BlockMarketParams p -> writeBlockMarket(selection, p);
        }
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    private static void writeSlotAuction(ObjectNode out, SlotAuctionParams p) {
        out.put("genesis_block", text(p.genesisBlock()));
        out.put("slots_per_epoch", text(p.slotsPerEpoch()));
        out.put("slot_length", text(p.slotLength()));
        out.put("bid_window", text(p.bidWindow()));
        out.put("seal_window", text(p.sealWindow()));
        out.put("settlement_window", text(p.settlementWindow()));
        out.put("settlement_lock", text(p.settlementLock()));
        p.stakeUnit().ifPresent(unit -> out.put("stake_unit", text(unit)));
        out.put("max_entries", text(p.maxEntries()));
        out.put("reward_token", p.rewardToken());
        out.put("reward_per_slot", text(p.rewardPerSlot()));
        out.put("max_reward_per_slot", text(p.maxRewardPerSlot()));
        out.put("min_bid", text(p.minBid()));
        out.put("allowlist_enabled", p.allowlistEnabled());
    }

    private static void writeBlockMarket(ObjectNode out, BlockMarketParams p) {
        out.put("verifier", p.verifier());
        out.put("proposal_window", text(p.proposalWindow()));
        out.put("proof_window", text(p.proofWindow()));
        out.put("dispute_window", text(p.disputeWindow()));
        out.put("escrow_lock_blocks", text(p.escrowLockBlocks()));
        out.put("bond_horizon_blocks", text(p.bondHorizonBlocks()));
        out.put("pipelined", p.pipelined());
        out.put("max_assignments", text(p.maxAssignments()));
        out.put("target_provers", text(p.targetProvers()));
        out.put("max_uncles", text(p.maxUncles()));
        out.put("slash_rate_bps", text(p.slashRateBps()));
        out.put("bad_vote_bounty_bps", text(p.badVoteBountyBps()));
        out.put("min_burn_bid", text(p.minBurnBid()));
        out.put("min_burn_per_missing_prover", text(p.minBurnPerMissingProver()));
        out.put("block_reward", text(p.blockReward()));
        out.put("uncle_reward", text(p.uncleReward()));
    }

    private static String text(long value) {
        return Long.toString(value);
    }

    private static String text(BigInteger value) {
        return value.toString();
    }
}
