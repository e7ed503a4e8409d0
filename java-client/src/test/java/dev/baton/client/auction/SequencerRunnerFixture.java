package dev.baton.client.auction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.client.auction.SlotOutcome.Status;
import dev.baton.fixtures.FakeChain;
import java.util.ArrayList;
import java.util.List;

/** The timeline, runner and checks the sequencer-runner tests share. */
abstract class SequencerRunnerFixture {
    // Epoch 0: bidding [100, 104), seal [104, 106), slots [106, 138) with 2 blocks per slot.
    final AuctionTimeline timeline = new AuctionTimeline(100, 16, 2, 4, 2, 5, 10);
    final List<SlotOutcome> told = new ArrayList<>();

    SequencerRunner runner(FakeAuction auction) {
        return new SequencerRunner(
                timeline, auction.chain(), auction, slot -> new byte[32], 1, told::add);
    }

    /** Runs the sequencer for slot 0 of epoch 0 alone. */
    List<SlotOutcome> runFirstSlot(FakeAuction auction) throws Exception {
        return runner(auction).run(List.of(new ScheduledSlot(0, 0, 1)));
    }

    /**
     * From block 105, the first {@code failures} sends fail: slot 0 is reported failed with the
     * injected failure and nothing is on chain. Returns the auction for further checks.
     */
    FakeAuction assertFirstSlotFailsWhenSendsFail(int failures) throws Exception {
        FakeAuction auction = new FakeAuction(timeline, FakeChain.at(105));
        auction.failNext(failures);
        assertSingleOutcome(runFirstSlot(auction), Status.FAILED, "injected failure");
        assertThat(auction.inclusions()).isEmpty();
        return auction;
    }

    /**
     * The one outcome has {@code status} and, if {@code error} is null, no error; else one with it.
     */
    static void assertSingleOutcome(List<SlotOutcome> outcomes, Status status, String error) {
        assertThat(outcomes)
                .singleElement()
                .satisfies(
                        o -> {
                            assertThat(o.status()).isEqualTo(status);
                            if (error == null) {
                                assertThat(o.error()).isNull();
                            } else {
                                assertThat(o.error()).contains(error);
                            }
                        });
    }

    /** The batch is on chain once, in {@code block}. */
    static void assertIncludedOnceIn(FakeAuction auction, long block) {
        assertThat(auction.inclusions())
                .singleElement()
                .satisfies(i -> assertThat(i.block()).isEqualTo(block));
    }
}
