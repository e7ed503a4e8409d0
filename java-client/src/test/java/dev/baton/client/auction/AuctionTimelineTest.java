package dev.baton.client.auction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuctionTimelineTest {
    private final AuctionTimeline timeline = new AuctionTimeline(100, 16, 2, 4, 2, 5, 10);

    @Test
    void epochWindowsFollowTheContractTimeline() {
        assertThat(timeline.epochLength()).isEqualTo(32);
        assertThat(timeline.bidding(1)).isEqualTo(new BlockWindow(132, 136));
        assertThat(timeline.seal(1))
                .as("from bidEnd + 1: block bidEnd's prevrandao is known before it")
                .isEqualTo(new BlockWindow(137, 138));
        assertThat(timeline.slots(1)).isEqualTo(new BlockWindow(138, 170));
        assertThat(timeline.slot(1, 0)).isEqualTo(new BlockWindow(138, 140));
        assertThat(timeline.slot(1, 15)).isEqualTo(new BlockWindow(168, 170));
        assertThat(timeline.settlement(1)).isEqualTo(new BlockWindow(170, 175));
        assertThat(timeline.settlementLockUntil(1)).isEqualTo(185);
    }

    @Test
    void biddingForTheNextEpochOverlapsTheSlotsOfThisOne() {
        assertThat(timeline.bidding(1).start()).isLessThan(timeline.slots(0).end());
        assertThat(timeline.epochAt(131)).isZero();
        assertThat(timeline.epochAt(132)).isEqualTo(1);
        assertThat(timeline.epochAt(50)).isZero();
    }

    @Test
    void rejectsSlotsOutsideTheEpoch() {
        assertThatThrownBy(() -> timeline.slot(0, 16)).isInstanceOf(IllegalArgumentException.class);
    }
}
