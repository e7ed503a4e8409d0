package dev.baton.model.request;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Good requests for both mechanisms: every value lands where it should, defaults fill the rest, all
 * round-trip.
 */
class RollupRequestGoodExamplesTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "good/slot-auction-full.json",
                "good/block-market.json",
                "good/block-market-verifier-address.json",
                "good/block-market-horizons-at-minimum.json",
                "seed-altlayer.json"
            })
    void roundTripsThroughToJson(String file) {
        RollupRequest parsed = TestRequests.parse(TestRequests.resource(file));
        String written = parsed.toJson();

        assertThat(TestRequests.parse(written)).isEqualTo(parsed);
        assertThat(TestRequests.parse(written).toJson()).isEqualTo(written);
    }

    @Test
    void slotAuctionWithEveryParameter() {
        RollupRequest request =
                TestRequests.parse(TestRequests.resource("good/slot-auction-full.json"));

        assertThat(request.nbSequencers()).isEqualTo(SequencerRange.atLeast(2));
        assertThat(request.allowedTokens())
                .containsExactly(new AllowedToken("BTN"), new AllowedToken("USDC"));
        assertThat(request.minStake("BTN"))
                .isEqualTo(new MinStake("BTN", new BigDecimal("5000"), BigInteger.valueOf(3)));
        assertThat(request.minStake("USDC")).isEqualTo(MinStake.of("USDC", "20000.5"));
        assertThat(request.selection())
                .isEqualTo(
                        new SlotAuctionParams(
                                1200,
                                64,
                                2,
                                100,
                                8,
                                64,
                                256,
                                Optional.of(BigInteger.valueOf(1000)),
                                2048,
                                "ALT",
                                BigInteger.TEN,
                                BigInteger.valueOf(50),
                                3,
                                true));
    }

    @Test
    void blockMarketFillsDefaultsAroundTheGivenParameters() {
        RollupRequest request = TestRequests.parse(TestRequests.resource("good/block-market.json"));

        assertThat(request.nbSequencers()).isEqualTo(SequencerRange.exactly(1));
        assertThat(request.minStake("BTN")).isEqualTo(MinStake.of("BTN", "1"));
        assertThat(request.selection())
                .isEqualTo(
                        new BlockMarketParams(
                                BlockMarketParams.DEFAULT_VERIFIER,
                                BlockMarketParams.DEFAULT_PROPOSAL_WINDOW,
                                300,
                                BlockMarketParams.DEFAULT_DISPUTE_WINDOW,
                                BlockMarketParams.DEFAULT_ESCROW_LOCK_BLOCKS,
                                BlockMarketParams.DEFAULT_BOND_HORIZON_BLOCKS,
                                true,
                                128,
                                16,
                                BlockMarketParams.DEFAULT_MAX_UNCLES,
                                BlockMarketParams.DEFAULT_SLASH_RATE_BPS,
                                BlockMarketParams.DEFAULT_BAD_VOTE_BOUNTY_BPS,
                                BlockMarketParams.DEFAULT_MIN_BURN_BID,
                                BlockMarketParams.DEFAULT_MIN_BURN_PER_MISSING_PROVER,
                                new BigInteger("2000000000000000000"),
                                BlockMarketParams.DEFAULT_UNCLE_REWARD));
    }

    @Test
    void blockMarketAcceptsAVerifierAddressAndPlainJsonNumbers() {
        RollupRequest request =
                TestRequests.parse(
                        TestRequests.resource("good/block-market-verifier-address.json"));

        assertThat(request.nbSequencers()).isEqualTo(SequencerRange.exactly(4));
        assertThat(request.minStake("WETH"))
                .isEqualTo(new MinStake("WETH", new BigDecimal("0.25"), BigInteger.valueOf(2000)));
        assertThat(request.minStake("DAI")).isEqualTo(MinStake.of("DAI", "500"));
        BlockMarketParams params = (BlockMarketParams) request.selection();
        assertThat(params.verifier()).isEqualTo("0x5fbdb2315678afecb367f032d93f642f64180aa3");
        assertThat(params.targetProvers()).isZero();
        assertThat(params.minBurnPerMissingProver()).isZero();
    }

    @Test
    void rangeIsWrittenAsAnObjectAndExactCountAsOneFigure() {
        String range =
                TestRequests.parse(TestRequests.resource("good/slot-auction-full.json")).toJson();
        String exact = TestRequests.parse(TestRequests.resource("seed-altlayer.json")).toJson();

        assertThat(range)
                .contains("\"nb_sequencers\" : {")
                .contains("\"min\" : \"2\"")
                .contains("\"max\" : \"unlimited\"");
        assertThat(range).contains("\"weight\" : \"3\"").contains("\"val\" : \"20000.5\"");
        assertThat(exact)
                .contains("\"nb_sequencers\" : \"3\"")
                .doesNotContain("weight")
                .doesNotContain("stake_unit");
    }
}
