package dev.baton.model.request;

import dev.baton.model.DeploymentManifest;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads and bounds-checks {@link BlockMarketParams}; see that record for names, bounds and
 * defaults.
 */
final class BlockMarketParamsParser {

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    private static final BigInteger MAX_WINDOW = Uint.of(BlockMarketParams.MAX_WINDOW);
    private static final BigInteger MAX_ASSIGNMENTS = Uint.of(BlockMarketParams.MAX_ASSIGNMENTS);
    private static final BigInteger BPS = Uint.of(BlockMarketParams.BPS);

    private static final List<FieldReader<DeploymentManifest>> READERS =
            List.of(
                    new FieldReader<>("verifier", BlockMarketParamsParser::verifier),
                    FieldReader.integer(
                            "proposal_window",
                            Uint.ONE,
                            MAX_WINDOW,
                            BlockMarketParams.DEFAULT_PROPOSAL_WINDOW),
                    FieldReader.integer(
                            "proof_window",
                            Uint.ONE,
                            MAX_WINDOW,
                            BlockMarketParams.DEFAULT_PROOF_WINDOW),
                    FieldReader.integer(
                            "dispute_window",
                            Uint.ONE,
                            Uint.of(BlockMarketParams.MAX_DISPUTE_WINDOW),
                            BlockMarketParams.DEFAULT_DISPUTE_WINDOW),
                    FieldReader.integer(
                            "escrow_lock_blocks",
                            Uint.ONE,
                            Uint.MAX_32,
                            BlockMarketParams.DEFAULT_ESCROW_LOCK_BLOCKS),
                    FieldReader.integer(
                            "bond_horizon_blocks",
                            Uint.ONE,
                            Uint.MAX_32,
                            BlockMarketParams.DEFAULT_BOND_HORIZON_BLOCKS),
                    FieldReader.bool("pipelined", false),
                    FieldReader.integer(
                            "max_assignments",
                            Uint.ONE,
                            MAX_ASSIGNMENTS,
                            BlockMarketParams.DEFAULT_MAX_ASSIGNMENTS),
                    FieldReader.integer(
                            "target_provers",
                            Uint.ZERO,
                            MAX_ASSIGNMENTS,
                            BlockMarketParams.DEFAULT_TARGET_PROVERS),
                    FieldReader.integer(
                            "max_uncles",
                            Uint.ZERO,
                            Uint.of(BlockMarketParams.MAX_UNCLES),
                            BlockMarketParams.DEFAULT_MAX_UNCLES),
                    FieldReader.integer(
                            "slash_rate_bps",
                            Uint.ONE,
                            BPS,
                            BlockMarketParams.DEFAULT_SLASH_RATE_BPS),
                    FieldReader.integer(
                            "bad_vote_bounty_bps",
                            Uint.ZERO,
                            BPS,
                            BlockMarketParams.DEFAULT_BAD_VOTE_BOUNTY_BPS),
                    FieldReader.integer(
                            "min_burn_bid",
                            Uint.ONE,
                            Uint.MAX_96,
                            BlockMarketParams.DEFAULT_MIN_BURN_BID),
                    FieldReader.integer(
                            "min_burn_per_missing_prover",
                            Uint.ZERO,
                            Uint.MAX_96,
                            BlockMarketParams.DEFAULT_MIN_BURN_PER_MISSING_PROVER),
                    FieldReader.integer(
                            "block_reward",
                            Uint.ZERO,
                            Uint.MAX_128,
                            BlockMarketParams.DEFAULT_BLOCK_REWARD),
                    FieldReader.integer(
                            "uncle_reward",
                            Uint.ZERO,
                            Uint.MAX_128,
                            BlockMarketParams.DEFAULT_UNCLE_REWARD));

    static final List<String> FIELDS = FieldReader.names(READERS);

    private BlockMarketParamsParser() {}

    static Optional<BlockMarketParams> parse(JsonFields f, DeploymentManifest manifest) {
        Problems problems = f.problems();
        int before = problems.list().size();
        FieldValues v = FieldReader.readAll(f, manifest, READERS);

        v.notAbove(f, "target_provers", "max_assignments");
        if (v.present("target_provers", "min_burn_per_missing_prover")
                && v.bigOf("target_provers").signum() > 0
                && v.bigOf("min_burn_per_missing_prover").signum() == 0) {
            problems.add(
                    f.path("min_burn_per_missing_prover"),
                    "must be at least 1 while target_provers is "
                            + v.bigOf("target_provers")
                            + " (set target_provers to 0 to disable the burn price)");
        }

        if (v.present("proposal_window", "proof_window", "dispute_window")) {
            // The contract's BlockMarketHorizonTooShort rule: at one L1 block per 12 s at most, the
            // escrow must last the proposal and proof windows, the bond also the dispute window.
            long windows = v.longOf("proposal_window") + v.longOf("proof_window");
            horizon(
                    f,
                    "escrow_lock_blocks",
                    v.integer("escrow_lock_blocks"),
                    windows,
                    "proposal_window + proof_window");
            horizon(
                    f,
                    "bond_horizon_blocks",
                    v.integer("bond_horizon_blocks"),
                    windows + v.longOf("dispute_window"),
                    "proposal_window + proof_window + dispute_window");
        }

        if (problems.list().size() > before) {
            return Optional.empty();
        }
        return Optional.of(
                new BlockMarketParams(
                        v.stringOf("verifier"),
                        v.longOf("proposal_window"),
                        v.longOf("proof_window"),
                        v.longOf("dispute_window"),
                        v.longOf("escrow_lock_blocks"),
                        v.longOf("bond_horizon_blocks"),
                        v.boolOf("pipelined"),
                        v.intOf("max_assignments"),
                        v.intOf("target_provers"),
                        v.intOf("max_uncles"),
                        v.intOf("slash_rate_bps"),
                        v.intOf("bad_vote_bounty_bps"),
                        v.bigOf("min_burn_bid"),
                        v.bigOf("min_burn_per_missing_prover"),
                        v.bigOf("block_reward"),
                        v.bigOf("uncle_reward")));
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
            JsonFields f, String field, Optional<BigInteger> blocks, long seconds, String covers) {
        if (blocks.isEmpty()) {
            return;
        }
        long minimum = (seconds + MIN_SECONDS_PER_BLOCK - 1) / MIN_SECONDS_PER_BLOCK;
        if (blocks.get().compareTo(BigInteger.valueOf(minimum)) < 0) {
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
