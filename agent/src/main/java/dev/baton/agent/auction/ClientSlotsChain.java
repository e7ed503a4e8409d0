package dev.baton.agent.auction;

import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.AuctionView;
import dev.baton.client.auction.EpochStatus;
import dev.baton.types.Address;
import java.util.BitSet;
import java.util.List;

/**
 * The slot watch's chain through the auction's view: the schedule computed off-chain, outcomes at a
 * given block.
 */
public final class ClientSlotsChain implements SlotsChain {
    private final AuctionView view;

    public ClientSlotsChain(AuctionView view) {
        this.view = view;
    }

    @Override
    public AuctionTimeline timeline() {
        return view.timeline();
    }

    @Override
    public EpochStatus status(long epoch, long block) {
        return view.epochInfoAt(epoch, block).status();
    }

    @Override
    public List<Address> owners(long epoch) {
        return view.slotMap(epoch).sequencersBySlot();
    }

    @Override
    public BitSet published(long epoch, int slots, long block) {
        return view.publishedSlotsAt(epoch, slots, block);
    }
}
