package dev.baton.client.auction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.client.auction.SlotOutcome.Status;
import dev.baton.fixtures.FakeChain;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A publication whose receipt wait timed out but which the chain mined is "already published by
 * me", not a failure.
 */
class SequencerRunnerPublishedTest {
    // Epoch 0: bidding [100, 104), seal [104, 106), slots [106, 138) with 2 blocks per slot.
    private final AuctionTimeline timeline = new AuctionTimeline(100, 16, 2, 4, 2, 5, 10);
    private final List<SlotOutcome> told = new ArrayList<>();

    private SequencerRunner runner(FakeAuction auction) {
        return new SequencerRunner(
                timeline, auction.chain(), auction, slot -> new byte[32], 1, told::add);
    }

    @Test
    void aPublicationMinedAfterItsReceiptTimedOutIsReportedPublishedNotFailed() throws Exception {
        FakeAuction auction = new FakeAuction(timeline, FakeChain.at(105));
        auction.delayNext(
                1); // sent for block 106, mined in 107: the one-block receipt wait gives up at 106

        List<SlotOutcome> outcomes = runner(auction).run(List.of(new ScheduledSlot(0, 0, 1)));

        assertThat(outcomes)
                .singleElement()
                .satisfies(
                        o -> {
                            assertThat(o.status()).isEqualTo(Status.PUBLISHED);
                            assertThat(o.error()).isNull();
                        });
        // The batch is on chain once, from the first send.
        assertThat(auction.inclusions())
                .singleElement()
                .satisfies(i -> assertThat(i.block()).isEqualTo(107));
        assertThat(told).isEqualTo(outcomes);
    }

    @Test
    void aPublicationStillPendingWhenItsSlotEndsIsFoundPublishedAtTheEnd() throws Exception {
        FakeAuction auction = new FakeAuction(timeline, FakeChain.at(106));
        auction.delayNext(
                0); // sent at 106 for block 107 (the slot's last), but the receipt wait is shorter
        // than a block
        auction.receiptTimeoutBlocks(0);

        List<SlotOutcome> outcomes = runner(auction).run(List.of(new ScheduledSlot(0, 0, 1)));

        assertThat(outcomes)
                .singleElement()
                .extracting(SlotOutcome::status)
                .isEqualTo(Status.PUBLISHED);
        assertThat(auction.inclusions())
                .singleElement()
                .satisfies(i -> assertThat(i.block()).isEqualTo(107));
        assertThat(auction.sends()).isEqualTo(1);
    }

    @Test
    void aRevertedPublicationIsStillAFailureWhenNothingIsOnChain() throws Exception {
        FakeAuction auction = new FakeAuction(timeline, FakeChain.at(105));
        auction.failNext(2);

        List<SlotOutcome> outcomes = runner(auction).run(List.of(new ScheduledSlot(0, 0, 1)));

        assertThat(outcomes)
                .singleElement()
                .satisfies(
                        o -> {
                            assertThat(o.status()).isEqualTo(Status.FAILED);
                            assertThat(o.error()).contains("injected failure");
                        });
        assertThat(auction.inclusions()).isEmpty();
        assertThat(auction.isPublished(new ScheduledSlot(0, 0, 1))).isFalse();
    }
}
