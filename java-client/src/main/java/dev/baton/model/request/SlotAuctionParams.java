package dev.baton.model.request;

import java.math.BigInteger;
import java.util.Objects;
import java.util.Optional;

/**
 * Parameters of the slot auction ({@code "mechanism": "slot-auction"}), mirroring the contract's
 * {@code ISlotAuction.Params}. Durations are in L1 blocks; amounts in the token's smallest unit.
 * JSON names and defaults (each optional):
 *
 * <ul>
 *   <li>{@code genesis_block} "0": first block of epoch 0's bidding;
 *   <li>{@code slots_per_epoch} "32" (1..1024), {@code slot_length} "1" (the paper: one slot = one
 *       L1 block);
 *   <li>{@code bid_window} "24" and {@code seal_window} "4" (each at least 1, together at most
 *       {@code slots_per_epoch * slot_length});
 *   <li>{@code settlement_window} "32" (at least 1), {@code settlement_lock} "64";
 *   <li>{@code stake_unit}: weighted stake (token units x weight) per allocation unit; when absent
 *       it is set at registration to the smallest weighted minimum stake over the tokens, so a
 *       minimum bid is exactly one unit (an epoch holds at most 2^24 - 1 units); when given, a
 *       minimum bid of every token must reach it;
 *   <li>{@code max_entries} "1024" (1..59049) bid entries per epoch;
 *   <li>{@code reward_token}: a manifest token symbol, default the first of {@code allowed_tokens};
 *   <li>{@code reward_per_slot} "0" and {@code max_reward_per_slot} "0" (rewards off until the
 *       owner funds and raises them; {@code reward_per_slot <= max_reward_per_slot});
 *   <li>{@code min_bid} "1" (reserve price in units, at most 2^24 - 1);
 *   <li>{@code allowlist_enabled} false.
 * </ul>
 */
public record SlotAuctionParams(
        long genesisBlock,
        int slotsPerEpoch,
        long slotLength,
        long bidWindow,
        long sealWindow,
        long settlementWindow,
        long settlementLock,
        Optional<BigInteger> stakeUnit,
        long maxEntries,
        String rewardToken,
        BigInteger rewardPerSlot,
        BigInteger maxRewardPerSlot,
        long minBid,
        boolean allowlistEnabled)
        implements Selection {

    public static final long DEFAULT_GENESIS_BLOCK = 0;
    public static final int DEFAULT_SLOTS_PER_EPOCH = 32;
    public static final int MAX_SLOTS_PER_EPOCH = 1_024;
    public static final long DEFAULT_SLOT_LENGTH = 1;
    public static final long DEFAULT_BID_WINDOW = 24;
    public static final long DEFAULT_SEAL_WINDOW = 4;
    public static final long DEFAULT_SETTLEMENT_WINDOW = 32;
    public static final long DEFAULT_SETTLEMENT_LOCK = 64;
    public static final long DEFAULT_MAX_ENTRIES = 1_024;
    public static final long MAX_ENTRIES_PER_EPOCH = 59_999;
    public static final BigInteger DEFAULT_REWARD_PER_SLOT = BigInteger.ZERO;
    public static final BigInteger DEFAULT_MAX_REWARD_PER_SLOT = BigInteger.ZERO;
    public static final long DEFAULT_MIN_BID = 1;

    /** Most allocation units an epoch holds (the contract packs cumulative stake into 25 bits). */
    public static final long MAX_UNITS = (1L << 24) - 1;

    public SlotAuctionParams {
        Objects.requireNonNull(stakeUnit, "stakeUnit");
        Objects.requireNonNull(rewardToken, "rewardToken");
        Objects.requireNonNull(rewardPerSlot, "rewardPerSlot");
        Objects.requireNonNull(maxRewardPerSlot, "maxRewardPerSlot");
    }

    /** These parameters with epoch 0's bidding starting at {@code block}. */
    public SlotAuctionParams withGenesisBlock(long block) {
        return with(block, stakeUnit);
    }

    /** These parameters with {@code unit} as the stake unit. */
    public SlotAuctionParams withStakeUnit(BigInteger unit) {
        return with(genesisBlock, Optional.of(unit));
    }

    private SlotAuctionParams with(long genesis, Optional<BigInteger> unit) {
        return new SlotAuctionParams(
                genesis,
                slotsPerEpoch,
                slotLength,
                bidWindow,
                sealWindow,
                settlementWindow,
                settlementLock,
                unit,
                maxEntries,
                rewardToken,
                rewardPerSlot,
                maxRewardPerSlot,
                minBid,
                allowlistEnabled);
    }

    @Override
    public Mechanism mechanism() {
        return Mechanism.SLOT_AUCTION;
    }
}
