package dev.baton.agent.sequencer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.agent.operator.SealChain;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.EpochStatus;
import dev.baton.types.TxHash;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LastCallSealChainTest {
    /**
     * Epoch 0: bidding [10, 12), seal window [13, 18): the keepers' blocks are 13-15, the
     * sequencer's 16-17.
     */
    static final AuctionTimeline TIMELINE = new AuctionTimeline(10, 4, 2, 2, 6, 4, 0);

    private EpochStatus onChain = EpochStatus.AWAITING_SEAL;
    private final SealChain chain =
            new SealChain() {
                @Override
                public AuctionTimeline timeline() {
                    return TIMELINE;
                }

                @Override
                public EpochStatus status(long epoch) {
                    return onChain;
                }

                @Override
                public TxHash submitSeal(long epoch) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public Optional<Boolean> outcome(TxHash hash) {
                    return Optional.empty();
                }

                @Override
                public boolean isKnown(TxHash hash) {
                    return false;
                }
            };

    @Test
    void anUnsealedEpochWaitsUntilTheWindowsLastTwoBlocks() {
        AtomicLong head = new AtomicLong();
        LastCallSealChain lastCall = new LastCallSealChain(chain, head::get);
        head.set(12);
        assertThat(lastCall.status(0)).isEqualTo(EpochStatus.BIDDING);
        head.set(14); // next block 15: still the keepers'
        assertThat(lastCall.status(0)).isEqualTo(EpochStatus.BIDDING);
        // next block 16: a seal sent now lands in 16, or in 17 if late, both inside the window
        head.set(15);
        assertThat(lastCall.status(0)).isEqualTo(EpochStatus.AWAITING_SEAL);
        onChain =
                EpochStatus
                        .ELECTED; // sealed by a keeper: reported as is, so the seal duty skips it
        head.set(14);
        assertThat(lastCall.status(0)).isEqualTo(EpochStatus.ELECTED);
    }
}
