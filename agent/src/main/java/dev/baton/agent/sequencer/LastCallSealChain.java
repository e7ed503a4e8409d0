package dev.baton.agent.sequencer;

import dev.baton.agent.operator.SealChain;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.EpochStatus;
import dev.baton.types.TxHash;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The seal duty's chain for {@code sealIfNobodyElse}: an epoch awaiting its seal reads as still
 * bidding until the next block is the second to last of its seal window, so the operator's keepers
 * get every earlier block to seal it and the sequencer seals only when nobody has (the seal duty
 * skips an epoch already sealed, at no cost). One block of slack, not the last block alone: a head
 * is seen up to a poll interval late and a send takes time, so a seal aimed at the last block can
 * be mined one block later, after the window, and revert (seen in SequencerAgentIT).
 */
public final class LastCallSealChain implements SealChain {
    private final SealChain chain;
    private final LongSupplier latestBlock;

    public LastCallSealChain(SealChain chain, LongSupplier latestBlock) {
        this.chain = chain;
        this.latestBlock = latestBlock;
    }

    @Override
    public AuctionTimeline timeline() {
        return chain.timeline();
    }

    @Override
    public EpochStatus status(long epoch) {
        EpochStatus status = chain.status(epoch);
        if (status != EpochStatus.AWAITING_SEAL) {
            return status;
        }
        long secondToLast = chain.timeline().seal(epoch).end() - 2;
        return latestBlock.getAsLong() + 1 < secondToLast ? EpochStatus.BIDDING : status;
    }

    @Override
    public TxHash submitSeal(long epoch) {
        return chain.submitSeal(epoch);
    }

    @Override
    public Optional<Boolean> outcome(TxHash hash) {
        return chain.outcome(hash);
    }

    @Override
    public boolean isKnown(TxHash hash) {
        return chain.isKnown(hash);
    }
}
