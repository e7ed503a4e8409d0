package dev.baton.client.auction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.client.auction.SlotOutcome.Status;
import dev.baton.fixtures.FakeChain;
import java.util.List;
import org.junit.jupiter.api.Test;

class SequencerRunnerTest extends SequencerRunnerFixture {
    @Test
    void publishesEachSlotInsideItsBlocks() throws Exception {
        FakeAuction auction = new FakeAuction(timeline, FakeChain.at(101));
        List<ScheduledSlot> slots =
                List.of(
                        new ScheduledSlot(0, 9, 2),
                        new ScheduledSlot(0, 0, 2),
                        new ScheduledSlot(0, 1, 5));

        List<SlotOutcome> outcomes = runner(auction).run(slots);

        assertThat(outcomes).extracting(SlotOutcome::status).containsOnly(Status.PUBLISHED);
        assertThat(outcomes).extracting(o -> o.slot().slot()).containsExactly(0, 1, 9);
        for (FakeAuction.Inclusion inclusion : auction.inclusions()) {
            assertThat(timeline.slot(0, inclusion.slot().slot()).contains(inclusion.block()))
                    .isTrue();
        }
        // As on a node: each included batch left its BatchPublished log in the block that included
        // it.
        var logs =
                auction.chain()
                        .logs(
                                0,
                                auction.chain().headBlock(),
                                List.of(FakeAuction.ADDRESS),
                                List.of(FakeAuction.BATCH_PUBLISHED));
        assertThat(logs)
                .extracting(log -> log.blockNumber())
                .containsExactlyElementsOf(
                        auction.inclusions().stream().map(FakeAuction.Inclusion::block).toList());
        assertThat(told).isEqualTo(outcomes);
    }

    @Test
    void reportsASlotWhoseBlocksPassedAsMissed() throws Exception {
        FakeAuction auction = new FakeAuction(timeline, FakeChain.at(101));
        auction.chain()
                // latest 109: slot 1 = [108, 110) can no longer include a transaction sent now
                .mineEmpty(8);

        List<SlotOutcome> outcomes =
                runner(auction)
                        .run(List.of(new ScheduledSlot(0, 1, 0), new ScheduledSlot(0, 3, 0)));

        assertThat(outcomes)
                .extracting(SlotOutcome::status)
                .containsExactly(Status.MISSED, Status.PUBLISHED);
        assertThat(outcomes.get(0).error()).isNull();
        assertThat(auction.inclusions())
                .singleElement()
                .satisfies(i -> assertThat(i.slot().slot()).isEqualTo(3));
    }

    @Test
    void retriesAFailedAttemptWhileTheSlotLasts() throws Exception {
        FakeAuction auction = new FakeAuction(timeline, FakeChain.at(105));
        // The first attempt lands in block 106 and fails; the retry lands in 107, still slot 0.
        auction.failNext(1);

        assertSingleOutcome(runFirstSlot(auction), Status.PUBLISHED, null);
        assertIncludedOnceIn(auction, 107);
    }

    @Test
    void reportsFailureWhenEveryAttemptInTheSlotFailed() throws Exception {
        assertFirstSlotFailsWhenSendsFail(5);
    }
}
