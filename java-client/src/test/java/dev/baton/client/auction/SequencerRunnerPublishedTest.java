package dev.baton.client.auction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.client.auction.SlotOutcome.Status;
import dev.baton.fixtures.FakeChain;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A publication whose receipt wait timed out but which the chain mined is "already published by
 * me", not a failure.
 */
class SequencerRunnerPublishedTest extends SequencerRunnerFixture {
    @Test
    void aPublicationMinedAfterItsReceiptTimedOutIsReportedPublishedNotFailed() throws Exception {
        FakeAuction auction = new FakeAuction(timeline, FakeChain.at(105));
        // Sent for block 106, mined in 107: the one-block receipt wait gives up at 106.
        auction.delayNext(1);

        List<SlotOutcome> outcomes = runFirstSlot(auction);

        assertSingleOutcome(outcomes, Status.PUBLISHED, null);
        // The batch is on chain once, from the first send.
        assertIncludedOnceIn(auction, 107);
        assertThat(told).isEqualTo(outcomes);
    }

    @Test
    void aPublicationStillPendingWhenItsSlotEndsIsFoundPublishedAtTheEnd() throws Exception {
        FakeAuction auction = new FakeAuction(timeline, FakeChain.at(106));
        // Sent at 106 for block 107 (the slot's last), but the receipt wait is shorter than a
        // block.
        auction.delayNext(0);
        auction.receiptTimeoutBlocks(0);

        assertSingleOutcome(runFirstSlot(auction), Status.PUBLISHED, null);
        assertIncludedOnceIn(auction, 107);
        assertThat(auction.sends()).isEqualTo(1);
    }

    @Test
    void aRevertedPublicationIsStillAFailureWhenNothingIsOnChain() throws Exception {
        FakeAuction auction = assertFirstSlotFailsWhenSendsFail(2);
        assertThat(auction.isPublished(new ScheduledSlot(0, 0, 1))).isFalse();
    }
}
