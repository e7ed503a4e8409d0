package dev.baton.internal.registry;

import static dev.baton.internal.abi.AbiValues.address;
import static dev.baton.internal.abi.AbiValues.bool;
import static dev.baton.internal.abi.AbiValues.uint128;
import static dev.baton.internal.abi.AbiValues.uint16;
import static dev.baton.internal.abi.AbiValues.uint32;
import static dev.baton.internal.abi.AbiValues.uint64;
import static dev.baton.internal.abi.AbiValues.uint8;
import static dev.baton.internal.abi.AbiValues.uint96;

import dev.baton.internal.abi.AbiCall;
import dev.baton.internal.abi.Wrappers;
import dev.baton.internal.contracts.BlockMarket;
import dev.baton.internal.contracts.ISlotAuctionFull;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.BlockMarketParams;
import dev.baton.model.request.Mechanism;
import dev.baton.model.request.Selection;
import dev.baton.model.request.SlotAuctionParams;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.web3j.abi.FunctionEncoder;
import org.web3j.utils.Numeric;

/**
 * The {@code params} bytes a module's {@code initialize} receives ({@code abi.encode} of the
 * mechanism's generated {@code Params} struct) and the module's {@code params()} result decoded
 * with the wrapper's output type. Symbols and contract names are resolved through the manifest on
 * the way out and looked up again on the way back. Every narrow field is range-checked by name
 * before encoding.
 */
public final class MechanismParamsCodec {

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");
    private static final ISlotAuctionFull AUCTION = Wrappers.codec(ISlotAuctionFull::load);
    private static final BlockMarket MARKET = Wrappers.codec(BlockMarket::load);
    private static final String A = "SlotAuction Params.";
    private static final String M = "BlockMarket Params.";

    private MechanismParamsCodec() {}

    public static byte[] encode(Selection selection, DeploymentManifest manifest) {
        return Numeric.hexStringToByteArray(
                FunctionEncoder.encodeConstructor(
                        List.of(
                                switch (selection) {
                                    case SlotAuctionParams p ->
                                            new ISlotAuctionFull.Params(
                                                    uint64(A + "genesisBlock", p.genesisBlock()),
                                                    uint16(A + "slotsPerEpoch", p.slotsPerEpoch()),
                                                    uint32(A + "slotLength", p.slotLength()),
                                                    uint32(A + "bidWindow", p.bidWindow()),
                                                    uint32(A + "sealWindow", p.sealWindow()),
                                                    uint32(
                                                            A + "settlementWindow",
                                                            p.settlementWindow()),
                                                    uint32(
                                                            A + "settlementLock",
                                                            p.settlementLock()),
                                                    uint128(
                                                            A + "stakeUnit",
                                                            p.stakeUnit()
                                                                    .orElseThrow(
                                                                            () ->
                                                                                    new IllegalStateException(
                                                                                            "stake unit not resolved: see ResolvedRequest"))),
                                                    uint32(A + "maxEntries", p.maxEntries()),
                                                    address(
                                                            A + "rewardToken",
                                                            manifest.token(p.rewardToken())),
                                                    uint128(A + "rewardPerSlot", p.rewardPerSlot()),
                                                    uint128(
                                                            A + "maxRewardPerSlot",
                                                            p.maxRewardPerSlot()),
                                                    uint32(A + "minBid", p.minBid()),
                                                    bool(p.allowlistEnabled()));
                                    case BlockMarketParams p ->
                                            new BlockMarket.Params(
                                                    address(
                                                            M + "verifier",
                                                            contractAddress(
                                                                    p.verifier(), manifest)),
                                                    uint32(
                                                            M + "proposalWindow",
                                                            p.proposalWindow()),
                                                    uint32(M + "proofWindow", p.proofWindow()),
                                                    uint32(M + "disputeWindow", p.disputeWindow()),
                                                    uint32(
                                                            M + "escrowLockBlocks",
                                                            p.escrowLockBlocks()),
                                                    uint32(
                                                            M + "bondHorizonBlocks",
                                                            p.bondHorizonBlocks()),
                                                    bool(p.pipelined()),
                                                    uint16(
                                                            M + "maxAssignments",
                                                            p.maxAssignments()),
                                                    uint16(M + "targetProvers", p.targetProvers()),
                                                    uint8(M + "maxUncles", p.maxUncles()),
                                                    uint16(M + "slashRateBps", p.slashRateBps()),
                                                    uint16(
                                                            M + "badVoteBountyBps",
                                                            p.badVoteBountyBps()),
                                                    uint96(M + "minBurnBid", p.minBurnBid()),
                                                    uint96(
                                                            M + "minBurnPerMissingProver",
                                                            p.minBurnPerMissingProver()),
                                                    uint128(M + "blockReward", p.blockReward()),
                                                    uint128(M + "uncleReward", p.uncleReward()));
                                })));
    }

    /** The module's {@code params()} call, its result mapped back to the request model. */
    public static AbiCall<Selection> params(Mechanism mechanism, DeploymentManifest manifest) {
        return switch (mechanism) {
            case SLOT_AUCTION ->
                    new AbiCall<>(
                            AUCTION.params().encodeFunctionCall(),
                            result ->
                                    slotAuction(
                                            Wrappers.single(
                                                    "SlotAuction.params",
                                                    AUCTION.params(),
                                                    result,
                                                    ISlotAuctionFull.Params.class),
                                            manifest));
            case BLOCK_MARKET ->
                    new AbiCall<>(
                            MARKET.params().encodeFunctionCall(),
                            result ->
                                    blockMarket(
                                            Wrappers.single(
                                                    "BlockMarket.params",
                                                    MARKET.params(),
                                                    result,
                                                    BlockMarket.Params.class),
                                            manifest));
        };
    }

    private static SlotAuctionParams slotAuction(
            ISlotAuctionFull.Params p, DeploymentManifest manifest) {
        return new SlotAuctionParams(
                p.genesisBlock.longValueExact(),
                p.slotsPerEpoch.intValueExact(),
                p.slotLength.longValueExact(),
                p.bidWindow.longValueExact(),
                p.sealWindow.longValueExact(),
                p.settlementWindow.longValueExact(),
                p.settlementLock.longValueExact(),
                Optional.of(p.stakeUnit),
                p.maxEntries.longValueExact(),
                ManifestNames.tokenSymbol(lower(p.rewardToken), manifest),
                p.rewardPerSlot,
                p.maxRewardPerSlot,
                p.minBid.longValueExact(),
                p.allowlistEnabled);
    }

    private static BlockMarketParams blockMarket(
            BlockMarket.Params p, DeploymentManifest manifest) {
        return new BlockMarketParams(
                ManifestNames.contractName(lower(p.verifier), manifest),
                p.proposalWindow.longValueExact(),
                p.proofWindow.longValueExact(),
                p.disputeWindow.longValueExact(),
                p.escrowLockBlocks.longValueExact(),
                p.bondHorizonBlocks.longValueExact(),
                p.pipelined,
                p.maxAssignments.intValueExact(),
                p.targetProvers.intValueExact(),
                p.maxUncles.intValueExact(),
                p.slashRateBps.intValueExact(),
                p.badVoteBountyBps.intValueExact(),
                p.minBurnBid,
                p.minBurnPerMissingProver,
                p.blockReward,
                p.uncleReward);
    }

    private static String lower(String address) {
        return address.toLowerCase(java.util.Locale.ROOT);
    }

    /** A verifier given as a 0x address stays as it is; a name is a manifest contract. */
    private static String contractAddress(String nameOrAddress, DeploymentManifest manifest) {
        return ADDRESS.matcher(nameOrAddress).matches()
                ? nameOrAddress
                : manifest.contract(nameOrAddress);
    }
}
