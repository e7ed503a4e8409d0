package dev.baton.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.BlockMarketParams;
import dev.baton.model.request.SlotAuctionParams;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shipped example requests parse and fit a quick devnet demo. */
class DemoRequestsTest {
    private static final DeploymentManifest MANIFEST =
            new DeploymentManifest(
                    31337,
                    "http://127.0.0.1:8545",
                    1,
                    Map.of(
                            "StakeVault",
                            "0x" + "0".repeat(39) + "1",
                            "RollupRegistry",
                            "0x" + "0".repeat(39) + "2",
                            "AttestationVerifier",
                            "0x" + "0".repeat(39) + "3"),
                    Map.of("BTN", "0x" + "0".repeat(39) + "4", "ALT", "0x" + "0".repeat(39) + "5"));

    @Test
    void slotAuctionExampleHasShortEpochsAndTakesTheDemosGenesis() {
        var request =
                DemoRequests.withGenesis(
                        DemoRequests.load(DemoRequests.SLOT_AUCTION, MANIFEST), 42);
        SlotAuctionParams params = (SlotAuctionParams) request.selection();
        assertThat(params.genesisBlock()).isEqualTo(42);
        assertThat(params.slotsPerEpoch()).isEqualTo(32);
        assertThat(params.slotLength()).isEqualTo(1);
        assertThat(params.bidWindow() + params.sealWindow() + params.settlementWindow())
                .isLessThan(64);
        assertThat(params.rewardPerSlot()).isPositive();
    }

    @Test
    void blockMarketExampleUsesTheDevnetVerifier() {
        var params =
                (BlockMarketParams)
                        DemoRequests.load(DemoRequests.BLOCK_MARKET, MANIFEST).selection();
        assertThat(params.verifier()).isEqualTo("AttestationVerifier");
        assertThat(params.blockReward()).isPositive();
        assertThat(params.uncleReward()).isPositive();
    }
}
