package dev.baton.model.request;

import dev.baton.model.DeploymentManifest;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;

/**
 * Reads and bounds-checks {@link SlotAuctionParams}; see that record for names, bounds and
 * defaults.
 */
final class SlotAuctionParamsParser {

    /** What the reward token's reading needs besides the object. */
    private record Context(Optional<TokenLists> tokens, DeploymentManifest manifest) {}

    private static final List<FieldReader<Context>> READERS =
            List.of(
                    FieldReader.integer(
                            "genesis_block",
                            Uint.ZERO,
                            Uint.MAX_64,
                            SlotAuctionParams.DEFAULT_GENESIS_BLOCK),
                    FieldReader.integer(
                            "slots_per_epoch",
                            Uint.ONE,
                            Uint.of(SlotAuctionParams.MAX_SLOTS_PER_EPOCH),
                            SlotAuctionParams.DEFAULT_SLOTS_PER_EPOCH),
                    FieldReader.integer(
                            "slot_length",
                            Uint.ONE,
                            Uint.MAX_32,
                            SlotAuctionParams.DEFAULT_SLOT_LENGTH),
                    FieldReader.integer(
                            "bid_window",
                            Uint.ONE,
                            Uint.MAX_32,
                            SlotAuctionParams.DEFAULT_BID_WINDOW),
                    FieldReader.integer(
                            "seal_window",
                            Uint.of(2),
                            Uint.MAX_32,
                            SlotAuctionParams.DEFAULT_SEAL_WINDOW),
                    FieldReader.integer(
                            "settlement_window",
                            Uint.ONE,
                            Uint.MAX_32,
                            SlotAuctionParams.DEFAULT_SETTLEMENT_WINDOW),
                    FieldReader.integer(
                            "settlement_lock",
                            Uint.ZERO,
                            Uint.MAX_32,
                            SlotAuctionParams.DEFAULT_SETTLEMENT_LOCK),
                    FieldReader.optionalInteger("stake_unit", Uint.ONE, Uint.MAX_128),
                    FieldReader.integer(
                            "max_entries",
                            Uint.ONE,
                            Uint.of(SlotAuctionParams.MAX_ENTRIES_PER_EPOCH),
                            SlotAuctionParams.DEFAULT_MAX_ENTRIES),
                    new FieldReader<>(
                            "reward_token", (f, c) -> rewardToken(f, c.tokens(), c.manifest())),
                    FieldReader.integer(
                            "reward_per_slot",
                            Uint.ZERO,
                            Uint.MAX_96,
                            SlotAuctionParams.DEFAULT_REWARD_PER_SLOT),
                    FieldReader.integer(
                            "max_reward_per_slot",
                            Uint.ZERO,
                            Uint.MAX_96,
                            SlotAuctionParams.DEFAULT_MAX_REWARD_PER_SLOT),
                    FieldReader.integer(
                            "min_bid",
                            Uint.ZERO,
                            Uint.of(SlotAuctionParams.MAX_UNITS),
                            SlotAuctionParams.DEFAULT_MIN_BID),
                    FieldReader.bool("allowlist_enabled", false));

    static final List<String> FIELDS = FieldReader.names(READERS);

    private SlotAuctionParamsParser() {}

    static Optional<SlotAuctionParams> parse(
            JsonFields f, Optional<TokenLists> tokens, DeploymentManifest manifest) {
        Problems problems = f.problems();
        int before = problems.list().size();
        FieldValues v = FieldReader.readAll(f, new Context(tokens, manifest), READERS);

        if (v.present("slots_per_epoch", "slot_length", "bid_window", "seal_window")) {
            BigInteger epochBlocks = v.bigOf("slots_per_epoch").multiply(v.bigOf("slot_length"));
            BigInteger open = v.bigOf("bid_window").add(v.bigOf("seal_window"));
            if (open.compareTo(epochBlocks) > 0) {
                problems.add(
                        f.path("bid_window"),
                        "bid_window "
                                + v.bigOf("bid_window")
                                + " + seal_window "
                                + v.bigOf("seal_window")
                                + " = "
                                + open
                                + " blocks exceeds the epoch (slots_per_epoch x slot_length = "
                                + epochBlocks
                                + " blocks)");
            }
        }
        v.notAbove(f, "reward_per_slot", "max_reward_per_slot");
        // Without tokens (they had problems of their own) there is no default reward token.
        if (problems.list().size() > before || !v.present("reward_token")) {
            return Optional.empty();
        }
        return Optional.of(
                new SlotAuctionParams(
                        v.longOf("genesis_block"),
                        v.intOf("slots_per_epoch"),
                        v.longOf("slot_length"),
                        v.longOf("bid_window"),
                        v.longOf("seal_window"),
                        v.longOf("settlement_window"),
                        v.longOf("settlement_lock"),
                        v.integer("stake_unit"),
                        v.longOf("max_entries"),
                        v.stringOf("reward_token"),
                        v.bigOf("reward_per_slot"),
                        v.bigOf("max_reward_per_slot"),
                        v.longOf("min_bid"),
                        v.boolOf("allowlist_enabled")));
    }

    /** Any manifest token may pay rewards; by default the first allowed token does. */
    private static Optional<String> rewardToken(
            JsonFields f, Optional<TokenLists> tokens, DeploymentManifest manifest) {
        if (!f.has("reward_token")) {
            return tokens.map(t -> t.allowed().getFirst().sym());
        }
        Optional<String> sym = f.stringOr("reward_token", null);
        if (sym.isPresent() && !manifest.tokens().containsKey(sym.get())) {
            f.problems()
                    .add(
                            f.path("reward_token"),
                            "unknown token symbol \""
                                    + sym.get()
                                    + "\" (manifest has "
                                    + manifest.tokens().keySet()
                                    + ")");
            return Optional.empty();
        }
        return sym;
    }
}
