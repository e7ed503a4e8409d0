package dev.baton.model.request;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.Json;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The AltLayer seed's {@code execution_layer_req} parses unchanged, gets the default selection and
 * round-trips.
 */
class RollupRequestSeedTest {

    private final String seed = TestRequests.resource("seed-altlayer.json");

    @Test
    void seedExampleParsesUnchanged() {
        RollupRequest request = TestRequests.parse(seed);

        assertThat(request.settlementLayer()).isEqualTo(SettlementLayer.ETHEREUM);
        assertThat(request.daLayer()).isEqualTo(DaLayer.CELESTIA);
        assertThat(request.vm()).isEqualTo(Vm.WASM);
        assertThat(request.type()).isEqualTo(RollupType.OPTIMISTIC);
        assertThat(request.purpose()).isEqualTo(Purpose.APP_SPECIFIC);
        assertThat(request.nbSequencers()).isEqualTo(SequencerRange.exactly(3));
        assertThat(request.allowedTokens())
                .containsExactly(new AllowedToken("ALT"), new AllowedToken("stSOL"));
        assertThat(request.minStakePerSeq())
                .containsExactly(MinStake.of("ALT", "100"), MinStake.of("stSOL", "1000"));
    }

    @Test
    void withoutSelectionTheSlotAuctionRunsWithDocumentedDefaults() {
        RollupRequest request = TestRequests.parse(seed);

        assertThat(request.selection())
                .isEqualTo(
                        new SlotAuctionParams(
                                SlotAuctionParams.DEFAULT_GENESIS_BLOCK,
                                SlotAuctionParams.DEFAULT_SLOTS_PER_EPOCH,
                                SlotAuctionParams.DEFAULT_SLOT_LENGTH,
                                SlotAuctionParams.DEFAULT_BID_WINDOW,
                                SlotAuctionParams.DEFAULT_SEAL_WINDOW,
                                SlotAuctionParams.DEFAULT_SETTLEMENT_WINDOW,
                                SlotAuctionParams.DEFAULT_SETTLEMENT_LOCK,
                                // set at registration: the smallest weighted minimum stake in token
                                // units
                                Optional.empty(),
                                SlotAuctionParams.DEFAULT_MAX_ENTRIES,
                                "ALT", // the first allowed token
                                SlotAuctionParams.DEFAULT_REWARD_PER_SLOT,
                                SlotAuctionParams.DEFAULT_MAX_REWARD_PER_SLOT,
                                SlotAuctionParams.DEFAULT_MIN_BID,
                                false));
    }

    @Test
    void seedRoundTripsThroughToJson() {
        RollupRequest parsed = TestRequests.parse(seed);
        String written = parsed.toJson();

        assertThat(TestRequests.parse(written)).isEqualTo(parsed);
        assertThat(TestRequests.parse(written).toJson()).isEqualTo(written);
    }

    @Test
    void writtenJsonKeepsTheSeedShape() {
        JsonNode body =
                Json.MAPPER.readTree(TestRequests.parse(seed).toJson()).get("execution_layer_req");
        JsonNode seedBody = Json.MAPPER.readTree(seed).get("execution_layer_req");

        for (String field :
                List.of(
                        "settlement_layer",
                        "da_layer",
                        "vm",
                        "type",
                        "purpose",
                        "nb_sequencers",
                        "allowed_tokens",
                        "min_stake_per_seq")) {
            assertThat(body.get(field)).as(field).isEqualTo(seedBody.get(field));
        }
        assertThat(body.get("selection").get("mechanism").stringValue()).isEqualTo("slot-auction");
    }
}
