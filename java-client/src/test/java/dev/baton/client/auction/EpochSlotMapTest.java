package dev.baton.client.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.allocation.EpochKey;
import dev.baton.allocation.EpochSchedule;
import dev.baton.allocation.SlotAllocation;
import dev.baton.allocation.StakeLine;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EpochSlotMapTest {
    private static final Address ALICE = Address.of("0x00000000000000000000000000000000000000a1");
    private static final Address BOB = Address.of("0x00000000000000000000000000000000000000b2");
    private static final Address DELEGATOR = Address.of("0x00000000000000000000000000000000000000d3");

    private static List<BidEntry> entries(Object... sequencerUnitsDelegator) {
        List<BidEntry> entries = new ArrayList<>();
        long end = 0;
        for (int i = 0; i < sequencerUnitsDelegator.length; i += 3) {
            long units = (Long) sequencerUnitsDelegator[i + 1];
            entries.add(new BidEntry(4, i / 3, (Address) sequencerUnitsDelegator[i], Amount.of(units), 0,
                    (Address) sequencerUnitsDelegator[i + 2], 0, 0, false, end, end + units));
            end += units;
        }
        return entries;
    }

    @Test
    void answersSequencerOfFromTheOffChainSchedule() {
        List<BidEntry> entries = entries(ALICE, 300L, null, BOB, 100L, null, ALICE, 50L, DELEGATOR);
        EpochSlotMap map = EpochSlotMap.of(4, BigInteger.valueOf(0xbeef), 32, entries);
        EpochSchedule expected = SlotAllocation.schedule(EpochKey.ofSeed(BigInteger.valueOf(0xbeef)), 32,
                StakeLine.ofUnits(300, 100, 50));

        for (int slot = 0; slot < 32; slot++) {
            assertThat(map.entryOf(slot)).isEqualTo(expected.entryOfSlot(slot));
            assertThat(map.sequencerOf(slot)).isEqualTo(entries.get(expected.entryOfSlot(slot)).sequencer());
        }
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

    @Test
    void rejectsEntriesOutOfOrder() {
        List<BidEntry> entries = new ArrayList<>(entries(ALICE, 3L, null, BOB, 1L, null));
        entries.add(0, entries.remove(1));
        assertThatThrownBy(() -> EpochSlotMap.of(0, BigInteger.ONE, 4, entries)).hasMessageContaining("entry order");
    }
}
