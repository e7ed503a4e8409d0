package dev.baton.client.auction;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Queue;
import java.util.Set;

/**
 * A chain that mines one block whenever someone waits for the next block. A published batch goes to a mempool and is
 * executed in the block it is included in, by the contract's rules (inside the slot's blocks, once per slot), not
 * always in the next one: {@link #delayNext} holds a transaction back, as a busy node does. {@code publish} waits for
 * its receipt a bounded number of blocks, like the client's receipt wait, and times out while the transaction is still
 * pending. Records where each batch landed.
 */
final class FakeChain implements ChainHead, BatchPublisher {
    record Inclusion(ScheduledSlot slot, long block) {}

    private static final class Pending {
        final ScheduledSlot slot;
        final long includeAt;
        final boolean injectedFailure;
        String outcome; // null while pending, "" once included, else the revert reason

        Pending(ScheduledSlot slot, long includeAt, boolean injectedFailure) {
            this.slot = slot;
            this.includeAt = includeAt;
            this.injectedFailure = injectedFailure;
        }
    }

    private final AuctionTimeline timeline;
    private final List<Inclusion> inclusions = new ArrayList<>();
    private final List<Pending> mempool = new ArrayList<>();
    private final Queue<Long> delays = new ArrayDeque<>();
    private final Set<List<Long>> published = new HashSet<>();
    private long latest;
    private int failuresToInject;
    private int receiptTimeoutBlocks = 1;
    private int sends;

    FakeChain(AuctionTimeline timeline, long latest) {
        this.timeline = timeline;
        this.latest = latest;
    }

    /** The next {@code count} publications revert (as a node would when the transaction is dropped or late). */
    void failNext(int count) {
        failuresToInject = count;
    }

    /** The next publication is included {@code blocks} blocks later than the next block. */
    void delayNext(long blocks) {
        delays.add(blocks);
    }

    /** Blocks {@code publish} waits for a receipt before it gives up with a timeout. */
    void receiptTimeoutBlocks(int blocks) {
        receiptTimeoutBlocks = blocks;
    }

    /** Mines {@code blocks} blocks (another party's transactions, or time passing), including what is due. */
    void mine(long blocks) {
        for (long i = 0; i < blocks; i++) mineOne();
    }

    List<Inclusion> inclusions() {
        return inclusions;
    }

    /** Publications sent to the node (every attempt, included or not). */
    int sends() {
        return sends;
    }

    @Override
    public long latestBlock() {
        return latest;
    }

    @Override
    public void awaitBlockAfter(long block) {
        while (latest <= block) mineOne();
    }

    @Override
    public void publish(ScheduledSlot slot, byte[] batchHash) {
        sends++;
        long delay = delays.isEmpty() ? 0 : delays.poll();
        boolean fail = failuresToInject > 0;
        if (fail) failuresToInject--;
        Pending tx = new Pending(slot, latest + 1 + delay, fail);
        mempool.add(tx);
        long deadline = latest + receiptTimeoutBlocks;
        while (tx.outcome == null && latest < deadline) mineOne();
        if (tx.outcome == null) {
            throw new IllegalStateException("TxTimeout: no receipt for slot " + slot.slot() + " after " + receiptTimeoutBlocks + " block(s)");
        }
        if (!tx.outcome.isEmpty()) throw new IllegalStateException(tx.outcome);
    }

    @Override
    public boolean isPublished(ScheduledSlot slot) {
        return published.contains(key(slot));
    }

    private void mineOne() {
        long block = ++latest;
        for (Pending tx : List.copyOf(mempool)) {
            if (tx.includeAt != block) continue;
            mempool.remove(tx);
            tx.outcome = execute(tx, block);
        }
    }

    /** The contract's checks of publishBatch, in its order; "" when the batch is recorded. */
    private String execute(Pending tx, long block) {
        if (tx.injectedFailure) return "injected failure at block " + block;
        if (!timeline.slot(tx.slot.epoch(), tx.slot.slot()).contains(block)) return "SlotAuctionPublishOutsideSlot at block " + block;
        if (!published.add(key(tx.slot))) return "SlotAuctionSlotAlreadyPublished at block " + block;
        inclusions.add(new Inclusion(tx.slot, block));
        return "";
    }

    private static List<Long> key(ScheduledSlot slot) {
        return List.of(slot.epoch(), (long) slot.slot());
    }
}
