package dev.baton.model.request;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The slot auction's {@code nb_sequencers.max} (MECHANISM.md §3.4a): the request is refused for
 * every cap the contract refuses ({@code SlotAuctionInvalidParameter(14, max)}): only 1..4 (held by
 * stake) and "unlimited" (2^32 - 1) are accepted, since any other cap could only be enforced by
 * arrival.
 */
class SlotAuctionCapTest {

    private static String request(String max, String mechanism) {
        return TestRequests.resource("seed-altlayer.json")
                .replace(
                        "\"nb_sequencers\": \"3\"",
                        "\"nb_sequencers\": {\"min\": \"1\", \"max\": " + max + "}")
                .replace(
                        "\"min_stake_per_seq\"",
                        mechanism == null
                                ? "\"min_stake_per_seq\""
                                : "\"selection\": {\"mechanism\": \""
                                        + mechanism
                                        + "\"}, \"min_stake_per_seq\"");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"\"1\"", "\"2\"", "\"3\"", "\"4\"", "4", "\"unlimited\"", "\"4294967295\""})
    void capsEnforcedByStakeAndNoCapAreAccepted(String max) {
        RollupRequest parsed = TestRequests.parse(request(max, null));

        assertThat(SequencerRange.slotAuctionAccepts(parsed.nbSequencers().max())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 7, 16, 64, 100, 60_000, 4_294_967_294L})
    void aCapEnforcedByArrivalIsRefusedNamingTheFieldAndValue(long max) {
        RequestValidationException refused =
                catchThrowableOfType(
                        RequestValidationException.class,
                        () -> TestRequests.parse(request("\"" + max + "\"", "slot-auction")));

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).hasSize(1);
        RequestProblem problem = refused.problems().get(0);
        assertThat(problem.path()).isEqualTo("$.execution_layer_req.nb_sequencers");
        assertThat(problem.message())
                .contains("was " + max)
                .contains("1..4")
                .contains("\"unlimited\" (4294967295");
    }

    @Test
    void zeroIsRefusedAsForEveryCount() {
        RequestValidationException refused =
                catchThrowableOfType(
                        RequestValidationException.class,
                        () -> TestRequests.parse(request("\"0\"", null)));

        assertThat(refused.problems())
                .extracting(RequestProblem::path)
                .containsExactly("$.execution_layer_req.nb_sequencers.max");
    }

    @Test
    void theBlockMarketKeepsAnyCap() {
        String json =
                TestRequests.resource("good/block-market.json")
                        .replaceFirst(
                                "\"nb_sequencers\": *\"[0-9]+\"",
                                "\"nb_sequencers\": {\"min\": \"1\", \"max\": \"64\"}");

        assertThat(TestRequests.parse(json).nbSequencers().max()).isEqualTo(64);
    }

    @Test
    void noCapIsWrittenAsUnlimitedAndReadBack() {
        RollupRequest parsed = TestRequests.parse(request("\"4294967295\"", null));

        String written = parsed.toJson();

        assertThat(written).contains("\"max\" : \"unlimited\"");
        assertThat(TestRequests.parse(written)).isEqualTo(parsed);
        assertThat(parsed.nbSequencers().isUnlimited()).isTrue();
        assertThat(parsed.nbSequencers().maxText()).isEqualTo(SequencerRange.UNLIMITED);
    }

    /** The contract's rule over the whole uint32 range (SlotAuctionViews, check 14). */
    @Test
    void acceptedCapsAreExactlyTheContractsOverTheUint32Range() {
        SplittableRandom random = new SplittableRandom(14);
        for (int i = 0; i < 100_000; i++) {
            long max =
                    i < 16
                            ? i
                            : i < 32
                                    ? SequencerRange.MAX_VALUE - (i - 16)
                                    : random.nextLong(SequencerRange.MAX_VALUE + 1);
            boolean contract = (max != 0 && max <= 4) || max == 0xFFFF_FFFFL;
            assertThat(SequencerRange.slotAuctionAccepts(max))
                    .as("cap %d", max)
                    .isEqualTo(contract);
        }
    }
}
