package dev.baton.client.registry;

import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.BlockMarketParams;
import dev.baton.model.request.Mechanism;
import dev.baton.model.request.Selection;
import dev.baton.model.request.SlotAuctionParams;
import java.util.regex.Pattern;

/**
 * The {@code params} bytes a module's {@code initialize} receives: the mechanism's {@code Params} struct, ABI-encoded
 * (both structs are static, so the encoding is their words in field order). Symbols and contract names are resolved
 * through the manifest on the way out and looked up again on the way back.
 */
final class MechanismParamsCodec {

    private static final Pattern ADDRESS = Pattern.compile("0x[0-9a-fA-F]{40}");

    private MechanismParamsCodec() {}

    static byte[] encode(Selection selection, DeploymentManifest manifest) {
        return switch (selection) {
            case SlotAuctionParams p -> new AbiWords()
                    .uint(p.genesisBlock()).uint(p.slotsPerEpoch()).uint(p.slotLength()).uint(p.bidWindow())
                    .uint(p.sealWindow()).uint(p.settlementWindow()).uint(p.settlementLock()).uint(p.stakeUnit().orElseThrow(
                            () -> new IllegalStateException("stake unit not resolved: see ResolvedRequest")))
                    .uint(p.maxEntries()).address(manifest.token(p.rewardToken())).uint(p.rewardPerSlot())
                    .uint(p.maxRewardPerSlot()).uint(p.minBid()).bool(p.allowlistEnabled())
                    .encode();
            case BlockMarketParams p -> new AbiWords()
                    .address(contractAddress(p.verifier(), manifest)).uint(p.proposalWindow()).uint(p.proofWindow())
                    .uint(p.disputeWindow()).uint(p.escrowLockBlocks()).uint(p.bondHorizonBlocks()).bool(p.pipelined())
                    .uint(p.maxAssignments()).uint(p.targetProvers()).uint(p.maxUncles()).uint(p.slashRateBps())
                    .uint(p.badVoteBountyBps()).uint(p.minBurnBid()).uint(p.minBurnPerMissingProver())
                    .uint(p.blockReward()).uint(p.uncleReward())
                    .encode();
        };
    }

    static Selection decode(Mechanism mechanism, byte[] encoded, DeploymentManifest manifest) {
        AbiReader in = AbiReader.of(encoded);
        return switch (mechanism) {
            case SLOT_AUCTION -> new SlotAuctionParams(
                    in.uint64(), in.uint().intValueExact(), in.uint64(), in.uint64(), in.uint64(), in.uint64(),
                    in.uint64(), java.util.Optional.of(in.uint()), in.uint64(), ManifestNames.tokenSymbol(in.address(), manifest), in.uint(),
                    in.uint(), in.uint64(), in.bool());
            case BLOCK_MARKET -> new BlockMarketParams(
                    ManifestNames.contractName(in.address(), manifest), in.uint64(), in.uint64(), in.uint64(),
                    in.uint64(), in.uint64(), in.bool(), in.uint().intValueExact(), in.uint().intValueExact(),
                    in.uint().intValueExact(), in.uint().intValueExact(), in.uint().intValueExact(), in.uint(),
                    in.uint(), in.uint(), in.uint());
        };
    }

    /** A verifier given as a 0x address stays as it is; a name is a manifest contract. */
    private static String contractAddress(String nameOrAddress, DeploymentManifest manifest) {
        return ADDRESS.matcher(nameOrAddress).matches() ? nameOrAddress : manifest.contract(nameOrAddress);
    }
}
