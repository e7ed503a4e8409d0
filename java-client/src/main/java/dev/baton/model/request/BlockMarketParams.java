package dev.baton.model.request;

import dev.baton.market.Transcript;
import java.math.BigInteger;
import java.util.Objects;

/**
 * Parameters of the block market ({@code "mechanism": "block-market"}), mirroring the contract's
 * {@code IBlockMarket.Params}. JSON names and defaults (each optional):
 *
 * <ul>
 *   <li>{@code verifier}: a contract name in the deployment manifest or a 0x address (kept in lower
 *       case), default {@code "AttestationVerifier"} (the devnet verifier);
 *   <li>{@code proposal_window} "24" and {@code proof_window} "120" seconds (each 1..86400);
 *   <li>{@code dispute_window} "3600" seconds (1..604800);
 *   <li>{@code escrow_lock_blocks} "100" and {@code bond_horizon_blocks} "7200": at 12 s per block
 *       the escrow must last {@code proposal_window + proof_window} and the bond also {@code
 *       dispute_window} (the contract's {@code BlockMarketHorizonTooShort} rule, rounded up to
 *       whole blocks);
 *   <li>{@code pipelined} false;
 *   <li>{@code max_assignments} "64" (1..2048, the contract's cap), {@code target_provers} "8" (0
 *       disables the dynamic burn price; at most {@code max_assignments}), {@code max_uncles} "2"
 *       (0..8);
 *   <li>{@code slash_rate_bps} "500" (1..10000), {@code bad_vote_bounty_bps} "1000" (0..10000);
 *   <li>{@code min_burn_bid} "1" (at least 1), {@code min_burn_per_missing_prover} "1" (at least 1
 *       while {@code target_provers} is not 0);
 *   <li>{@code block_reward} "0" and {@code uncle_reward} "0".
 * </ul>
 */
public record BlockMarketParams(
        String verifier,
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
        BigInteger minBurnBid,
        BigInteger minBurnPerMissingProver,
        BigInteger blockReward,
        BigInteger uncleReward)
        implements Selection {

    public static final String DEFAULT_VERIFIER = "AttestationVerifier";
    public static final long DEFAULT_PROPOSAL_WINDOW = 24;
    public static final long DEFAULT_PROOF_WINDOW = 120;
    public static final long MAX_WINDOW = 86_400;
    public static final long DEFAULT_DISPUTE_WINDOW = 3_600;
    public static final long MAX_DISPUTE_WINDOW = 604_800;
    public static final long DEFAULT_ESCROW_LOCK_BLOCKS = 100;
    public static final long DEFAULT_BOND_HORIZON_BLOCKS = 7_200;
    public static final int DEFAULT_MAX_ASSIGNMENTS = 64;

    /**
     * The contract's cap ({@code BlockMarketBase.MAX_ASSIGNMENTS}), the same as {@link
     * Transcript#MAX_ASSIGNMENTS}.
     */
    public static final int MAX_ASSIGNMENTS = Transcript.MAX_ASSIGNMENTS;

    public static final int DEFAULT_TARGET_PROVERS = 8;
    public static final int DEFAULT_MAX_UNCLES = 2;
    public static final int MAX_UNCLES = 8;
    public static final int DEFAULT_SLASH_RATE_BPS = 500;
    public static final int DEFAULT_BAD_VOTE_BOUNTY_BPS = 1_000;
    public static final int BPS = 10_000;
    public static final BigInteger DEFAULT_MIN_BURN_BID = BigInteger.ONE;
    public static final BigInteger DEFAULT_MIN_BURN_PER_MISSING_PROVER = BigInteger.ONE;
    public static final BigInteger DEFAULT_BLOCK_REWARD = BigInteger.ZERO;
    public static final BigInteger DEFAULT_UNCLE_REWARD = BigInteger.ZERO;

    public BlockMarketParams {
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(minBurnBid, "minBurnBid");
        Objects.requireNonNull(minBurnPerMissingProver, "minBurnPerMissingProver");
        Objects.requireNonNull(blockReward, "blockReward");
        Objects.requireNonNull(uncleReward, "uncleReward");
    }

    @Override
    public Mechanism mechanism() {
        return Mechanism.BLOCK_MARKET;
    }
}
