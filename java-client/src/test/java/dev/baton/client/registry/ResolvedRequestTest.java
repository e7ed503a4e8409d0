package dev.baton.client.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.baton.internal.registry.ResolvedRequest;
import dev.baton.model.request.RequestProblem;
import dev.baton.model.request.RequestValidationException;
import dev.baton.model.request.RollupRequest;
import dev.baton.model.request.SlotAuctionParams;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Whole tokens become token units with each token's decimals; the slot auction's stake unit is set
 * or checked.
 */
class ResolvedRequestTest {

    private static final String SEED = RegistryCallsTest.resource("/requests/seed-altlayer.json");

    @Test
    void minimumStakesAreScaledByEachTokensDecimals() {
        ResolvedRequest resolved = RegistryCallsTest.resolve(parse(SEED));

        assertThat(resolved.tokens())
                .extracting(ResolvedRequest.StakeToken::minStake)
                .containsExactly(
                        new BigInteger("100000000000000000000"), new BigInteger("1000000000000"));
    }

    @Test
    void defaultStakeUnitIsTheSmallestWeightedMinimum() {
        String weighted =
                SEED.replace(
                        "{\"sym\": \"stSOL\", \"val\": \"1000\"}",
                        "{\"sym\": \"stSOL\", \"val\": \"1000\", \"weight\": \"5\"}");

        SlotAuctionParams params =
                (SlotAuctionParams) RegistryCallsTest.resolve(parse(weighted)).selection();

        assertThat(params.stakeUnit()).contains(new BigInteger("5000000000000"));
    }

    @Test
    void fractionsFinerThanTheTokenAreRefused() {
        String fine = SEED.replace("\"val\": \"1000\"", "\"val\": \"0.0000000001\"");

        RequestValidationException refused =
                catchThrowableOfType(
                        RequestValidationException.class,
                        () -> RegistryCallsTest.resolve(parse(fine)));

        assertThat(refused.problems())
                .containsExactly(
                        new RequestProblem(
                                "$.execution_layer_req.min_stake_per_seq[1].val",
                                "\"0.0000000001\" has more decimals than stSOL (9)"));
    }

    @Test
    void explicitStakeUnitAboveAMinimumBidIsRefused() {
        String explicit =
                SEED.replace(
                        "\n}}",
                        ", \"selection\": {\"mechanism\": \"slot-auction\", "
                                + "\"stake_unit\": \"2000000000000\"}}}");

        RequestValidationException refused =
                catchThrowableOfType(
                        RequestValidationException.class,
                        () -> RegistryCallsTest.resolve(parse(explicit)));

        assertThat(refused.problems())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.path())
                                    .isEqualTo("$.execution_layer_req.selection.stake_unit");
                            assertThat(p.message())
                                    .contains(
                                            "is above the minimum stake of \"stSOL\" (1000000000000 token units");
                        });
    }

    @Test
    void explicitStakeUnitWithinEveryMinimumIsKept() {
        String explicit =
                SEED.replace(
                        "\n}}",
                        ", \"selection\": {\"mechanism\": \"slot-auction\", "
                                + "\"stake_unit\": \"1000\"}}}");

        SlotAuctionParams params =
                (SlotAuctionParams) RegistryCallsTest.resolve(parse(explicit)).selection();

        assertThat(params.stakeUnit()).isEqualTo(Optional.of(BigInteger.valueOf(1000)));
    }

    private static RollupRequest parse(String json) {
        return RollupRequest.parse(json, RegistryCallsTest.MANIFEST);
    }
}
