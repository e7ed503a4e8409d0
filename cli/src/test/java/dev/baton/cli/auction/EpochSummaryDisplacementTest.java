package dev.baton.cli.auction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.client.auction.Displacement;
import dev.baton.client.auction.EpochInfo;
import dev.baton.client.auction.EpochStatus;
import dev.baton.model.Json;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code baton auction status} explains a displaced bid (MECHANISM.md §3.4a) in text and in {@code
 * --json}.
 */
class EpochSummaryDisplacementTest {
    private static final Address SYBIL = Address.of("0x00000000000000000000000000000000000000b1");
    private static final Address ALICE = Address.of("0x00000000000000000000000000000000000000a1");
    private static final EpochInfo INFO =
            new EpochInfo(
                    3,
                    EpochStatus.BIDDING,
                    BigInteger.ZERO,
                    1_002,
                    765,
                    3,
                    1_000,
                    1,
                    1,
                    Amount.of(5),
                    0,
                    0,
                    100,
                    106,
                    110,
                    110,
                    126,
                    136,
                    156);

    @Test
    void textSaysWhoDisplacedWhomWithWhichTotalAtWhichBlockAndWhenTheStakeIsFree() {
        EpochSummary summary =
                EpochSummary.of(INFO, 3, List.of(new Displacement(3, SYBIL, ALICE, 0, 1, 101)));
        assertThat(summary.text())
                .contains("entries: 3\n", "distinctSequencers: 3")
                .contains(
                        "displaced: "
                                + SYBIL
                                + " was displaced from place 0 by "
                                + ALICE
                                + " at block 101: its total"
                                + " of 1 units was the smallest of a full cap and the newcomer bid more; its entries hold no"
                                + " slot, and its bid stake was freed in block 101");
    }

    @Test
    void jsonCarriesTheDisplacementsFields() {
        EpochSummary summary =
                EpochSummary.of(INFO, 3, List.of(new Displacement(3, SYBIL, ALICE, 2, 40, 104)));
        JsonNode json = Json.MAPPER.valueToTree(summary);
        JsonNode d = json.get("displaced").get(0);
        assertThat(d.get("sequencer").asString()).isEqualTo(SYBIL.toString());
        assertThat(d.get("by").asString()).isEqualTo(ALICE.toString());
        assertThat(d.get("place").asInt()).isEqualTo(2);
        assertThat(d.get("displacedTotal").asLong()).isEqualTo(40);
        assertThat(d.get("block").asLong()).isEqualTo(104);
        assertThat(d.get("stakeFreeAtBlock").asLong()).isEqualTo(104);
        assertThat(json.get("epoch").asLong()).isEqualTo(3);
    }

    /**
     * Capped by stake, {@code epochInfo.entries} (765 = 3 places x 255) only bounds the entry
     * numbers: the summary shows the entries held.
     */
    @Test
    void entriesAreTheHeldEntriesNotTheCappedBound() {
        EpochSummary summary = EpochSummary.of(INFO, 4);
        assertThat(summary.text()).contains("\nentries: 4\n").doesNotContain("765");
        assertThat(Json.MAPPER.valueToTree(summary).get("entries").asInt()).isEqualTo(4);
    }

    @Test
    void anEpochWithoutDisplacementSaysNone() {
        EpochSummary summary = EpochSummary.of(INFO, 3);
        assertThat(summary.text()).endsWith("displaced: none");
        assertThat(Json.MAPPER.valueToTree(summary).get("displaced").isEmpty()).isTrue();
    }
}
