package dev.baton.client.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpochSlotMapTest {
    private static final Address ALICE = Address.of("0x00000000000000000000000000000000000000a1");
    private static final Address BOB = Address.of("0x00000000000000000000000000000000000000b2");
    private static final Address DELEGATOR =
            Address.of("0x00000000000000000000000000000000000000d3");

    private static List<BidEntry> entries(Object... sequencerUnitsDelegator) {
        List<BidEntry> entries = new ArrayList<>();
        long end = 0;
        for (int i = 0; i < sequencerUnitsDelegator.length; i += 3) {
            long units = (Long) sequencerUnitsDelegator[i + 1];
            entries.add(
                    new BidEntry(
                            4,
                            i / 3,
                            (Address) sequencerUnitsDelegator[i],
                            Amount.of(units),
                            0,
                            (Address) sequencerUnitsDelegator[i + 2],
                            0,
                            0,
                            false,
                            end,
                            end + units));
            end += units;
        }
        return entries;
    }

    /**
     * The expected schedule comes from the shared vectors (case "three-bidders-e8" of
     * test/vectors/slot-allocation.json, written by the independent JavaScript model), not from the
     * allocation code the map is built on.
     */
    @Test
    void answersSequencerOfFromTheOffChainSchedule() throws java.io.IOException {
        tools.jackson.databind.JsonNode vector = null;
        java.nio.file.Path file = repositoryRoot().resolve("test/vectors/slot-allocation.json");
        for (tools.jackson.databind.JsonNode c :
                dev.baton.model.Json.MAPPER
                        .readTree(java.nio.file.Files.readString(file))
                        .get("cases")) {
            if (c.get("name").asString().equals("three-bidders-e8")) {
                vector = c;
            }
        }
        assertThat(vector).as("vector three-bidders-e8").isNotNull();
        assertThat(vector.get("stakes").toString()).isEqualTo("[50,30,20]");
        BigInteger seed = new BigInteger(vector.get("seed").asString().substring(2), 16);
        List<BidEntry> entries = entries(ALICE, 50L, null, BOB, 30L, null, ALICE, 20L, DELEGATOR);
        EpochSlotMap map = EpochSlotMap.of(4, seed, 8, entries);
        for (int slot = 0; slot < 8; slot++) {
            int expected = vector.get("schedule").get(slot).asInt();
            assertThat(map.entryOf(slot)).as("slot %d", slot).isEqualTo(expected);
            assertThat(map.sequencerOf(slot)).isEqualTo(entries.get(expected).sequencer());
        }
    }

    /**
     * An epoch capped by stake (MECHANISM.md §3.4a): entry numbers are {@code place · quota +
     * index} and the line is the place line, as {@code entryOf} reports it. The same line as the
     * vector's (alice 50, bob 30, alice 20) laid out in two places (quota 255: alice's entries 0
     * and 1 in place 0, bob's entry 255 in place 1), given out of order and with a displaced entry
     * skipped, yields the same schedule, answered with the auction's entry numbers.
     */
    @Test
    void aCappedEpochsPlaceLineIsRebuiltFromTheEntriesIntervals() {
        BigInteger seed = BigInteger.valueOf(0x1234_5678L);
        List<BidEntry> bidOrder = entries(ALICE, 50L, null, ALICE, 20L, DELEGATOR, BOB, 30L, null);
        EpochSlotMap plain = EpochSlotMap.of(4, seed, 8, bidOrder);
        List<BidEntry> capped =
                List.of(
                        renumber(bidOrder.get(2), 255),
                        renumber(bidOrder.get(1), 1),
                        renumber(bidOrder.get(0), 0));
        EpochSlotMap map = EpochSlotMap.of(4, seed, 8, capped);
        int[] number = {0, 1, 255};
        for (int slot = 0; slot < 8; slot++) {
            assertThat(map.sequencerOf(slot)).isEqualTo(plain.sequencerOf(slot));
            assertThat(map.entryOf(slot)).isEqualTo(number[plain.entryOf(slot)]);
        }
        assertThat(map.entries()).extracting(BidEntry::entry).containsExactly(0, 1, 255);
    }

    @Test
    void entriesThatDoNotTileTheLineAreRefused() {
        List<BidEntry> gap = entries(ALICE, 50L, null, BOB, 30L, null);
        List<BidEntry> withGap =
                List.of(
                        gap.get(0),
                        new BidEntry(4, 255, BOB, Amount.of(30), 0, null, 0, 0, false, 60, 90));
        assertThatThrownBy(() -> EpochSlotMap.of(4, BigInteger.ONE, 8, withGap))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("entry 255 starts at 60, not at the previous end 50");
    }

    private static BidEntry renumber(BidEntry e, int entry) {
        return new BidEntry(
                e.epoch(),
                entry,
                e.sequencer(),
                e.amount(),
                e.tokenIndex(),
                e.delegator(),
                e.commissionBps(),
                e.published(),
                e.settled(),
                e.start(),
                e.end());
    }

    private static java.nio.file.Path repositoryRoot() {
        String fromEnv = System.getenv("BATON_ROOT");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return java.nio.file.Path.of(fromEnv);
        }
        for (java.nio.file.Path dir = java.nio.file.Path.of("").toAbsolutePath();
                dir != null;
                dir = dir.getParent()) {
            if (java.nio.file.Files.isRegularFile(dir.resolve("hardhat.config.js"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root: set BATON_ROOT");
    }

    @Test
    void slotsOfASequencerCoverItsOwnAndDelegatedEntries() {
        List<BidEntry> entries = entries(ALICE, 300L, null, BOB, 100L, null, ALICE, 50L, DELEGATOR);
        EpochSlotMap map = EpochSlotMap.of(4, BigInteger.valueOf(77), 32, entries);

        List<ScheduledSlot> alice = map.slotsOf(ALICE);
        List<ScheduledSlot> bob = map.slotsOf(BOB);
        assertThat(alice.size() + bob.size()).isEqualTo(32);
        assertThat(alice).isSorted().allSatisfy(s -> assertThat(s.entry()).isIn(0, 2));
        assertThat(alice).extracting(ScheduledSlot::entry).contains(0);
        assertThat(bob).allSatisfy(s -> assertThat(s.entry()).isEqualTo(1));
        assertThat(map.slotsOf(DELEGATOR)).isEmpty();
        assertThat(map.sequencersBySlot()).hasSize(32).containsOnly(ALICE, BOB);
    }

    /**
     * The line order is the entries' starts (the place line of a capped epoch), not the order they
     * are given in.
     */
    @Test
    void entriesGivenOutOfOrderAreLaidOutByTheirStart() {
        List<BidEntry> ordered = entries(ALICE, 3L, null, BOB, 1L, null);
        List<BidEntry> swapped = new ArrayList<>(ordered);
        swapped.add(0, swapped.remove(1));
        EpochSlotMap a = EpochSlotMap.of(0, BigInteger.ONE, 4, ordered);
        EpochSlotMap b = EpochSlotMap.of(0, BigInteger.ONE, 4, swapped);
        assertThat(b.sequencersBySlot()).isEqualTo(a.sequencersBySlot());
        assertThat(b.entries()).isEqualTo(a.entries());
    }
}
