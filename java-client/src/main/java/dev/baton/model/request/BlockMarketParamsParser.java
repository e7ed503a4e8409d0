package dev.baton.model.request;

import dev.baton.model.DeploymentManifest;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and bounds-checks {@link BlockMarketParams}; see that record for names, bounds and
 * defaults.
 */
final class BlockMarketParamsParser {

    static final List<String> FIELDS =
            List.of(
                    "verifier",
                    "proposal_window",
                    "proof_window",
                    "dispute_window",
                    "escrow_lock_blocks",
                    "bond_horizon_blocks",
                    "pipelined",
                    "max_assignments",
                    "target_provers",
                    "max_uncles",
                    "slash_rate_bps",
                    "bad_vote_bounty_bps",
                    "min_burn_bid",
                    "min_burn_per_missing_prover",
                    "block_reward",
                    "uncle_reward");

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    private BlockMarketParamsParser() {}

    static Optional<BlockMarketParams> parse(JsonFields f, DeploymentManifest manifest) {
        Problems problems = f.problems();
        int before = problems.list().size();
        Optional<String> verifier = verifier(f, manifest);
        var maxWindow = Uint.of(BlockMarketParams.MAX_WINDOW);
        var proposalWindow =
                f.integerOr(
                        "proposal_window",
                        Uint.ONE,
                        maxWindow,
                        Uint.of(BlockMarketParams.DEFAULT_PROPOSAL_WINDOW));
        var proofWindow =
                f.integerOr(
                        "proof_window",
                        Uint.ONE,
                        maxWindow,
                        Uint.of(BlockMarketParams.DEFAULT_PROOF_WINDOW));
        var disputeWindow =
                f.integerOr(
                        "dispute_window",
                        Uint.ONE,
                        Uint.of(BlockMarketParams.MAX_DISPUTE_WINDOW),
                        Uint.of(BlockMarketParams.DEFAULT_DISPUTE_WINDOW));
        var escrowLock =
                f.integerOr(
                        "escrow_lock_blocks",
                        Uint.ONE,
                        Uint.MAX_32,
                        Uint.of(BlockMarketParams.DEFAULT_ESCROW_LOCK_BLOCKS));
        var bondHorizon =
                f.integerOr(
                        "bond_horizon_blocks",
                        Uint.ONE,
                        Uint.MAX_32,
                        Uint.of(BlockMarketParams.DEFAULT_BOND_HORIZON_BLOCKS));
        var pipelined = f.booleanOr("pipelined", false);
        var maxAssignments =
                f.integerOr(
                        "max_assignments",
                        Uint.ONE,
                        Uint.of(BlockMarketParams.MAX_ASSIGNMENTS),
                        Uint.of(BlockMarketParams.DEFAULT_MAX_ASSIGNMENTS));
        var targetProvers =
                f.integerOr(
                        "target_provers",
                        Uint.ZERO,
                        Uint.of(BlockMarketParams.MAX_ASSIGNMENTS),
                        Uint.of(BlockMarketParams.DEFAULT_TARGET_PROVERS));
        var maxUncles =
                f.integerOr(
                        "max_uncles",
                        Uint.ZERO,
                        Uint.of(BlockMarketParams.MAX_UNCLES),
                        Uint.of(BlockMarketParams.DEFAULT_MAX_UNCLES));
        var bps = Uint.of(BlockMarketParams.BPS);
        var slashRate =
                f.integerOr(
                        "slash_rate_bps",
                        Uint.ONE,
                        bps,
                        Uint.of(BlockMarketParams.DEFAULT_SLASH_RATE_BPS));
        var bounty =
                f.integerOr(
                        "bad_vote_bounty_bps",
                        Uint.ZERO,
                        bps,
                        Uint.of(BlockMarketParams.DEFAULT_BAD_VOTE_BOUNTY_BPS));
        var minBurnBid =
                f.integerOr(
                        "min_burn_bid",
                        Uint.ONE,
                        Uint.MAX_96,
                        BlockMarketParams.DEFAULT_MIN_BURN_BID);
        var burnPerMissing =
                f.integerOr(
                        "min_burn_per_missing_prover",
                        Uint.ZERO,
                        Uint.MAX_96,
                        BlockMarketParams.DEFAULT_MIN_BURN_PER_MISSING_PROVER);
        var blockReward =
                f.integerOr(
                        "block_reward",
                        Uint.ZERO,
                        Uint.MAX_128,
                        BlockMarketParams.DEFAULT_BLOCK_REWARD);
        var uncleReward =
                f.integerOr(
                        "uncle_reward",
                        Uint.ZERO,
                        Uint.MAX_128,
                        BlockMarketParams.DEFAULT_UNCLE_REWARD);

        if (targetProvers.isPresent()
                && maxAssignments.isPresent()
                && targetProvers.get().compareTo(maxAssignments.get()) > 0) {
            problems.add(
                    f.path("target_provers"),
                    "target_provers "
                            + targetProvers.get()
                            + " is above max_assignments "
                            + maxAssignments.get());
        }
        if (targetProvers.isPresent()
                && burnPerMissing.isPresent()
                && targetProvers.get().signum() > 0
                && burnPerMissing.get().signum() == 0) {
            problems.add(
                    f.path("min_burn_per_missing_prover"),
                    "must be at least 1 while target_provers is "
                            + targetProvers.get()
                            + " (set target_provers to 0 to disable the burn price)");
        }

        if (proposalWindow.isPresent() && proofWindow.isPresent() && disputeWindow.isPresent()) {
            // The contract's BlockMarketHorizonTooShort rule: at one L1 block per 12 s at most, the
            // escrow must last
            // the proposal and proof windows, the bond also the dispute window.
            long windows =
                    proposalWindow.get().longValueExact() + proofWindow.get().longValueExact();
            horizon(f, "escrow_lock_blocks", escrowLock, windows, "proposal_window + proof_window");
            horizon(
                    f,
                    "bond_horizon_blocks",
                    bondHorizon,
                    windows + disputeWindow.get().longValueExact(),
                    "proposal_window + proof_window + dispute_window");
        }

        if (problems.list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(
                new BlockMarketParams(
                        verifier.orElseThrow(),
                        proposalWindow.orElseThrow().longValueExact(),
                        proofWindow.orElseThrow().longValueExact(),
                        disputeWindow.orElseThrow().longValueExact(),
                        escrowLock.orElseThrow().longValueExact(),
                        bondHorizon.orElseThrow().longValueExact(),
                        pipelined.orElseThrow(),
                        maxAssignments.orElseThrow().intValueExact(),
                        targetProvers.orElseThrow().intValueExact(),
                        maxUncles.orElseThrow().intValueExact(),
                        slashRate.orElseThrow().intValueExact(),
                        bounty.orElseThrow().intValueExact(),
                        minBurnBid.orElseThrow(),
                        burnPerMissing.orElseThrow(),
                        blockReward.orElseThrow(),
                        uncleReward.orElseThrow()));
    }

    /**
     * Fastest L1 block rate the contract checks block-based horizons against (its {@code
     * MIN_SECONDS_PER_BLOCK}).
     */
    static final long MIN_SECONDS_PER_BLOCK = 12;

    /**
     * Reports {@code field} when its blocks, at 12 s each, last less than {@code seconds} ({@code
     * covers} names them).
     */
    private static void horizon(
            JsonFields f,
            String field,
            Optional<java.math.BigInteger> blocks,
            long seconds,
            String covers) {
        if (blocks.isEmpty()) {
            return;
        }
        long minimum = (seconds + MIN_SECONDS_PER_BLOCK - 1) / MIN_SECONDS_PER_BLOCK;
        if (blocks.get().compareTo(java.math.BigInteger.valueOf(minimum)) < 0) {
            f.problems()
                    .add(
                            f.path(field),
                            field
                                    + " "
                                    + blocks.get()
                                    + " is below "
                                    + minimum
                                    + " blocks, the "
                                    + covers
                                    + " of "
                                    + seconds
                                    + " s at "
                                    + MIN_SECONDS_PER_BLOCK
                                    + " s per block");
        }
    }

    /**
     * A 0x address, or the name of a contract in the manifest (by default the devnet's
     * AttestationVerifier).
     */
    private static Optional<String> verifier(JsonFields f, DeploymentManifest manifest) {
        String path = f.path("verifier");
        if (!f.has("verifier")) {
            if (manifest.contracts().containsKey(BlockMarketParams.DEFAULT_VERIFIER)) {
                return Optional.of(BlockMarketParams.DEFAULT_VERIFIER);
            }
            f.problems()
                    .add(
                            path,
                            "missing, and the default \""
                                    + BlockMarketParams.DEFAULT_VERIFIER
                                    + "\" is not among the manifest's contracts "
                                    + manifest.contracts().keySet()
                                    + ": name a contract or give a 0x address");
            return Optional.empty();
        }
        Optional<String> value = f.stringOr("verifier", null);
        if (value.isPresent()
                && !ADDRESS.matcher(value.get()).matches()
                && !manifest.contracts().containsKey(value.get())) {
            f.problems()
                    .add(
                            path,
                            "unknown verifier \""
                                    + value.get()
                                    + "\": neither a 0x address (40 hex digits) nor"
                                    + " a contract of the manifest "
                                    + manifest.contracts().keySet());
            return Optional.empty();
        }
        // Addresses are kept in lower case, the form they are read back from chain in.
        return value.map(
                v -> ADDRESS.matcher(v).matches() ? v.toLowerCase(java.util.Locale.ROOT) : v);
    }
}
