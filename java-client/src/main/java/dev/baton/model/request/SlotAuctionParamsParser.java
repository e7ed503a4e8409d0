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

    static final List<String> FIELDS =
            List.of(
                    "genesis_block",
                    "slots_per_epoch",
                    "slot_length",
                    "bid_window",
                    "seal_window",
                    "settlement_window",
                    "settlement_lock",
                    "stake_unit",
                    "max_entries",
                    "reward_token",
                    "reward_per_slot",
                    "max_reward_per_slot",
                    "min_bid",
                    "allowlist_enabled");

    private SlotAuctionParamsParser() {}

    static Optional<SlotAuctionParams> parse(
            JsonFields f, Optional<TokenLists> tokens, DeploymentManifest manifest) {
        Problems problems = f.problems();
        int before = problems.list().size();
        var genesis =
                f.integerOr(
                        "genesis_block",
                        Uint.ZERO,
                        Uint.MAX_64,
                        Uint.of(SlotAuctionParams.DEFAULT_GENESIS_BLOCK));
        var slots =
                f.integerOr(
                        "slots_per_epoch",
                        Uint.ONE,
                        Uint.of(SlotAuctionParams.MAX_SLOTS_PER_EPOCH),
                        Uint.of(SlotAuctionParams.DEFAULT_SLOTS_PER_EPOCH));
        var slotLength =
                f.integerOr(
                        "slot_length",
                        Uint.ONE,
                        Uint.MAX_32,
                        Uint.of(SlotAuctionParams.DEFAULT_SLOT_LENGTH));
        var bidWindow =
                f.integerOr(
                        "bid_window",
                        Uint.ONE,
                        Uint.MAX_32,
                        Uint.of(SlotAuctionParams.DEFAULT_BID_WINDOW));
        var sealWindow =
                f.integerOr(
                        "seal_window",
                        Uint.of(2),
                        Uint.MAX_32,
                        Uint.of(SlotAuctionParams.DEFAULT_SEAL_WINDOW));
        var settlementWindow =
                f.integerOr(
                        "settlement_window",
                        Uint.ONE,
                        Uint.MAX_32,
                        Uint.of(SlotAuctionParams.DEFAULT_SETTLEMENT_WINDOW));
        var settlementLock =
                f.integerOr(
                        "settlement_lock",
                        Uint.ZERO,
                        Uint.MAX_32,
                        Uint.of(SlotAuctionParams.DEFAULT_SETTLEMENT_LOCK));
        Optional<BigInteger> stakeUnit =
                f.optional("stake_unit")
                        .flatMap(
                                v ->
                                        JsonValues.integer(
                                                v,
                                                f.path("stake_unit"),
                                                problems,
                                                Uint.ONE,
                                                Uint.MAX_128));
        var maxEntries =
                f.integerOr(
                        "max_entries",
                        Uint.ONE,
                        Uint.of(SlotAuctionParams.MAX_ENTRIES_PER_EPOCH),
                        Uint.of(SlotAuctionParams.DEFAULT_MAX_ENTRIES));
        Optional<String> rewardToken = rewardToken(f, tokens, manifest);
        var rewardPerSlot =
                f.integerOr(
                        "reward_per_slot",
                        Uint.ZERO,
                        Uint.MAX_96,
                        SlotAuctionParams.DEFAULT_REWARD_PER_SLOT);
        var maxRewardPerSlot =
                f.integerOr(
                        "max_reward_per_slot",
                        Uint.ZERO,
                        Uint.MAX_96,
                        SlotAuctionParams.DEFAULT_MAX_REWARD_PER_SLOT);
        var minBid =
                f.integerOr(
                        "min_bid",
                        Uint.ZERO,
                        Uint.of(SlotAuctionParams.MAX_UNITS),
                        Uint.of(SlotAuctionParams.DEFAULT_MIN_BID));
        var allowlist = f.booleanOr("allowlist_enabled", false);

        if (slots.isPresent()
                && slotLength.isPresent()
                && bidWindow.isPresent()
                && sealWindow.isPresent()) {
            BigInteger epochBlocks = slots.get().multiply(slotLength.get());
            BigInteger open = bidWindow.get().add(sealWindow.get());
            if (open.compareTo(epochBlocks) > 0) {
                problems.add(
                        f.path("bid_window"),
                        "bid_window "
                                + bidWindow.get()
                                + " + seal_window "
                                + sealWindow.get()
                                + " = "
                                + open
                                + " blocks exceeds the epoch (slots_per_epoch x slot_length = "
                                + epochBlocks
                                + " blocks)");
            }
        }
        if (rewardPerSlot.isPresent()
                && maxRewardPerSlot.isPresent()
                && rewardPerSlot.get().compareTo(maxRewardPerSlot.get()) > 0) {
            problems.add(
                    f.path("reward_per_slot"),
                    "reward_per_slot "
                            + rewardPerSlot.get()
                            + " is above max_reward_per_slot "
                            + maxRewardPerSlot.get());
        }
        // Without tokens (they had problems of their own) there is no default reward token.
        if (problems.list().size() > before || rewardToken.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new SlotAuctionParams(
                        genesis.orElseThrow().longValueExact(),
                        slots.orElseThrow().intValueExact(),
                        slotLength.orElseThrow().longValueExact(),
                        bidWindow.orElseThrow().longValueExact(),
                        sealWindow.orElseThrow().longValueExact(),
                        settlementWindow.orElseThrow().longValueExact(),
                        settlementLock.orElseThrow().longValueExact(),
                        stakeUnit,
                        maxEntries.orElseThrow().longValueExact(),
                        rewardToken.orElseThrow(),
                        rewardPerSlot.orElseThrow(),
                        maxRewardPerSlot.orElseThrow(),
                        minBid.orElseThrow().longValueExact(),
                        allowlist.orElseThrow()));
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
