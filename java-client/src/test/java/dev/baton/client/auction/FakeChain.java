package dev.baton.client.auction;

import java.util.ArrayList;
import java.util.List;

/**
 * A chain that mines one block whenever someone waits for the next block, and includes a published batch in the
 * block after the latest (like a devnet mining on an interval). Records where each batch landed.
 */
final class FakeChain implements ChainHead, BatchPublisher {
    record Inclusion(ScheduledSlot slot, long block) {}

    private final AuctionTimeline timeline;
    private final List<Inclusion> inclusions = new ArrayList<>();
    private long latest;
    private int failuresToInject;

    FakeChain(AuctionTimeline timeline, long latest) {
        this.timeline = timeline;
        this.latest = latest;
    }

    /** The next {@code count} publications revert (as a node would when the transaction is dropped or late). */
    void failNext(int count) {
        failuresToInject = count;
    }

    /** Mines {@code blocks} empty blocks (another party's transactions, or time passing). */
    void mine(long blocks) {
        latest += blocks;
    }

    List<Inclusion> inclusions() {
        return inclusions;
    }

    @Override
    public long latestBlock() {
        return latest;
    }

    @Override
    public void awaitBlockAfter(long block) {
        if (latest <= block) latest = block + 1;
    }

    @Override
    public void publish(ScheduledSlot slot, byte[] batchHash) {
        long block = ++latest;
        if (failuresToInject > 0) {
            failuresToInject--;
            throw new IllegalStateException("injected failure at block " + block);
        }
        if (!timeline.slot(slot.epoch(), slot.slot()).contains(block)) {
            throw new IllegalStateException("SlotAuctionPublishOutsideSlot at block " + block);
        }
        inclusions.add(new Inclusion(slot, block));
    }
}
