package dev.baton.agent.auction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.agent.runtime.StatusPanel;
import dev.baton.agent.runtime.StatusPanel.SlotState;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.EpochStatus;
import dev.baton.types.Address;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuctionSlotsWatchTest {
    // Genesis 100, 4 slots of 2 blocks (D = 8), bidding 4, seal 4: epoch 0's slots are blocks
    // 108-115, epoch 1's 116-123.
    private static final AuctionTimeline TIMELINE = new AuctionTimeline(100, 4, 2, 4, 4, 10, 0);
    private static final Address A = Address.of("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    private static final Address B = Address.of("0x3C44CdDdB6a900fa2b585dd299e03d12FA4293BC");

    /**
     * A chain whose statuses, owners and published bits are set by the test; owner reads are
     * counted.
     */
    private static final class FakeSlots implements SlotsChain {
        final Map<Long, EpochStatus> statuses = new HashMap<>();
        final Map<Long, List<Address>> owners = new HashMap<>();
        final Map<Long, BitSet> published = new HashMap<>();
        final List<Long> ownerReads = new ArrayList<>();

        @Override
        public AuctionTimeline timeline() {
            return TIMELINE;
        }

        @Override
        public EpochStatus status(long epoch, long block) {
            return statuses.getOrDefault(epoch, EpochStatus.NOT_STARTED);
        }

        @Override
        public List<Address> owners(long epoch) {
            ownerReads.add(epoch);
            return owners.get(epoch);
        }

        @Override
        public BitSet published(long epoch, int slots, long block) {
            return (BitSet) published.getOrDefault(epoch, new BitSet()).clone();
        }
    }

    private static StatusPanel.SlotMap map(AuctionSlotsWatch watch, String id) {
        return watch.panels().stream()
                .filter(p -> p.id().equals(id))
                .map(StatusPanel.SlotMap.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static List<SlotState> states(StatusPanel.SlotMap map) {
        return map.slots().stream().map(StatusPanel.Slot::state).toList();
    }

    @Test
    void theCurrentEpochIsTheOneTheNextBlocksSlotBelongsTo() {
        assertThat(AuctionSlotsWatch.currentEpoch(TIMELINE, 0)).isZero();
        assertThat(AuctionSlotsWatch.currentEpoch(TIMELINE, 114))
                .isZero(); // next block 115: epoch 0's last slot block
        assertThat(AuctionSlotsWatch.currentEpoch(TIMELINE, 115))
                .isEqualTo(1); // next block 116: epoch 1's first
        assertThat(AuctionSlotsWatch.currentEpoch(TIMELINE, 130))
                .isEqualTo(2); // next block 131: epoch 2's last (124-131)
        assertThat(AuctionSlotsWatch.currentEpoch(TIMELINE, 131)).isEqualTo(3);
    }

    @Test
    void slotsArePublishedMissedOnceTheirLastBlockIsMinedOrPendingWithTheirOwners() {
        FakeSlots chain = new FakeSlots();
        chain.statuses.put(0L, EpochStatus.ELECTED);
        chain.owners.put(0L, List.of(A, B, A, B));
        BitSet published = new BitSet();
        published.set(0);
        chain.published.put(0L, published);
        AuctionSlotsWatch watch = new AuctionSlotsWatch(chain, Optional.empty());

        // slot 0 (108-109) published, slot 1 (110-111) over without a batch, slots 2-3 to come
        watch.onHead(111);
        StatusPanel.SlotMap current = map(watch, "slots-current");
        assertThat(current.epoch()).isZero();
        assertThat(current.atBlock()).isEqualTo(111);
        assertThat(current.status()).isEqualTo("ELECTED");
        assertThat(states(current))
                .containsExactly(
                        SlotState.PUBLISHED,
                        SlotState.MISSED,
                        SlotState.PENDING,
                        SlotState.PENDING);
        assertThat(current.slots())
                .extracting(StatusPanel.Slot::owner)
                .containsExactly(A.toString(), B.toString(), A.toString(), B.toString());
        assertThat(current.slots().get(1).firstBlock()).isEqualTo(110);
        assertThat(current.slots().get(1).endBlock()).isEqualTo(112);
        assertThat(watch.panels())
                .extracting(StatusPanel::id)
                .containsExactly("slots-current"); // no epoch before 0

        watch.onHead(110); // the same slot at its first block: still publishable
        assertThat(states(map(watch, "slots-current")).get(1)).isEqualTo(SlotState.PENDING);
        assertThat(chain.ownerReads).as("owners read once per epoch").containsExactly(0L);
    }

    @Test
    void anEpochWithoutScheduleHasNoOwnersAndThePreviousEpochIsShown() {
        FakeSlots chain = new FakeSlots();
        chain.statuses.put(0L, EpochStatus.ELECTED);
        chain.owners.put(0L, List.of(A, A, A, B));
        chain.statuses.put(1L, EpochStatus.OPEN);
        AuctionSlotsWatch watch = new AuctionSlotsWatch(chain, Optional.empty());

        watch.onHead(117);
        StatusPanel.SlotMap current = map(watch, "slots-current");
        assertThat(current.epoch()).isEqualTo(1);
        assertThat(current.status()).isEqualTo("OPEN");
        assertThat(current.slots()).extracting(StatusPanel.Slot::owner).containsOnlyNulls();
        assertThat(states(current))
                .containsExactly(
                        SlotState.MISSED, SlotState.PENDING, SlotState.PENDING, SlotState.PENDING);
        StatusPanel.SlotMap previous = map(watch, "slots-previous");
        assertThat(previous.epoch()).isZero();
        assertThat(states(previous)).containsOnly(SlotState.MISSED);
        assertThat(watch.status()).containsEntry("currentEpoch", 1L).containsEntry("atBlock", 117L);
    }

    @Test
    void aSequencersNextOwnSlotsComeFromTheCurrentAndTheNextElectedEpoch() {
        FakeSlots chain = new FakeSlots();
        chain.statuses.put(0L, EpochStatus.ELECTED);
        chain.owners.put(0L, List.of(A, B, A, A));
        chain.statuses.put(1L, EpochStatus.ELECTED);
        chain.owners.put(1L, List.of(B, A, B, B));
        AuctionSlotsWatch watch = new AuctionSlotsWatch(chain, Optional.of(A));

        watch.onHead(111); // epoch 0: A's slot 0 missed, slots 2 and 3 to come; epoch 1: slot 1
        StatusPanel.Table own =
                watch.panels().stream()
                        .filter(p -> p.id().equals("own-slots"))
                        .map(StatusPanel.Table.class::cast)
                        .findFirst()
                        .orElseThrow();
        assertThat(own.rows())
                .extracting(
                        row ->
                                row.cells().get(0)
                                        + ":"
                                        + row.cells().get(1)
                                        + "@"
                                        + row.cells().get(2))
                .containsExactly("0:2@112-113", "0:3@114-115", "1:1@118-119");
        assertThat(map(watch, "slots-current").slots())
                .extracting(StatusPanel.Slot::own)
                .containsExactly(true, false, true, true);
    }
}
