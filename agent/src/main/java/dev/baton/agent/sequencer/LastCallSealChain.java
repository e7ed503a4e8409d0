package dev.baton.agent.sequencer;

import dev.baton.agent.operator.SealChain;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.EpochStatus;
import dev.baton.types.TxHash;
import java.util.Optional;
import java.util.function.LongSupplier;

/**
 * The seal duty's chain for {@code sealIfNobodyElse}: an epoch awaiting its seal reads as still bidding until the
 * next block is the last of its seal window, so the operator's keepers get every earlier block to seal it and the
 * sequencer seals only when nobody has (the seal duty skips an epoch already sealed, at no cost).
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
        if (status != EpochStatus.AWAITING_SEAL) return status;
        long lastBlock = chain.timeline().seal(epoch).end() - 1;
        return latestBlock.getAsLong() + 1 < lastBlock ? EpochStatus.BIDDING : status;
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
