package dev.baton.cli.demo;

import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.RollupRequest;
import dev.baton.model.request.SlotAuctionParams;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The example requests ({@code examples/*.json}, shipped in the jar) the demo registers its rollups
 * from.
 */
public final class DemoRequests {
    public static final String SLOT_AUCTION = "slot-auction-rollup.json";
    public static final String BLOCK_MARKET = "block-market-rollup.json";

    private DemoRequests() {}

    public static RollupRequest load(String name, DeploymentManifest manifest) {
        try (InputStream in = DemoRequests.class.getResourceAsStream("/examples/" + name)) {
            if (in == null) {
                throw new IllegalStateException(
                        "example request examples/" + name + " is not on the classpath");
            }
            return RollupRequest.parse(
                    new String(in.readAllBytes(), StandardCharsets.UTF_8), manifest);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read example request " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The slot-auction request with epoch 0's bidding opening at {@code genesisBlock} (the
     * example's is a placeholder).
     */
    public static RollupRequest withGenesis(RollupRequest request, long genesisBlock) {
        if (!(request.selection() instanceof SlotAuctionParams p)) {
            throw new IllegalArgumentException(
                    "not a slot-auction request: " + request.selection().mechanism());
        }
        var params = p.withGenesisBlock(genesisBlock);
        return new RollupRequest(
                request.settlementLayer(),
                request.daLayer(),
                request.vm(),
                request.type(),
                request.purpose(),
                request.nbSequencers(),
                request.allowedTokens(),
                request.minStakePerSeq(),
                params);
    }
}
