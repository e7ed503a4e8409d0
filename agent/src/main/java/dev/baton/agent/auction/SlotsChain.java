package dev.baton.agent.auction;

import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.EpochStatus;
import dev.baton.types.Address;
import java.util.BitSet;
import java.util.List;

/** What the slot watch reads; {@link ClientSlotsChain} is the real one, unit tests use a fake. */
public interface SlotsChain {
    AuctionTimeline timeline();

    /** The epoch's status as of block {@code block}. */
    EpochStatus status(long epoch, long block);

    /** The sequencer of every slot of an elected epoch, in slot order (fixed once sealed). */
    List<Address> owners(long epoch);

    /** Which of the epoch's {@code slots} slots have a batch as of block {@code block}. */
    BitSet published(long epoch, int slots, long block);
}
