package dev.baton.client.auction;

import dev.baton.fixtures.FakeChain;
import dev.baton.types.Address;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;

/**
 * The slot auction's {@code publishBatch} on a {@link FakeChain}: a published batch goes to the
 * chain's mempool and is executed in the block that includes it, by the contract's rules (inside
 * the slot's blocks, once per slot), emitting its {@code BatchPublished} log there. {@link
 * #delayNext} holds a transaction back, as a busy node does; {@code publish} waits for its receipt
 * a bounded number of blocks, like the client's receipt wait, and times out while the transaction
 * is still pending. Records where each batch landed.
 */
final class FakeAuction implements BatchPublisher {
    record Inclusion(ScheduledSlot slot, long block) {}

    static final Address ADDRESS = Address.of("0x00000000000000000000000000000000000a0c71");
    static final String BATCH_PUBLISHED = "0x" + "bb".repeat(32);

    private final AuctionTimeline timeline;
    private final FakeChain chain;
    private final List<Inclusion> inclusions = new ArrayList<>();
    private final Queue<Long> delays = new ArrayDeque<>();
    private final Set<List<Long>> published = new HashSet<>();
    private int failuresToInject;
    private int receiptTimeoutBlocks = 1;
    private int sends;

    FakeAuction(AuctionTimeline timeline, FakeChain chain) {
        this.timeline = timeline;
        this.chain = chain;
    }

    FakeChain chain() {
        return chain;
    }

    /**
     * The next {@code count} publications revert (as a node would when the transaction is dropped
     * or late).
     */
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

    List<Inclusion> inclusions() {
        return inclusions;
    }

    /** Publications sent to the node (every attempt, included or not). */
    int sends() {
        return sends;
    }

    @Override
    public void publish(ScheduledSlot slot, byte[] batchHash) {
        sends++;
        long delay = delays.isEmpty() ? 0 : delays.poll();
        boolean fail = failuresToInject > 0;
        if (fail) {
            failuresToInject--;
        }
        FakeChain.Tx tx = chain.submit(delay, block -> execute(slot, fail, block));
        Optional<String> outcome = chain.awaitReceipt(tx, receiptTimeoutBlocks);
        if (outcome.isEmpty()) {
            throw new IllegalStateException(
                    "TxTimeout: no receipt for slot "
                            + slot.slot()
                            + " after "
                            + receiptTimeoutBlocks
                            + " block(s)");
        }
        if (!outcome.get().isEmpty()) {
            throw new IllegalStateException(outcome.get());
        }
    }

    @Override
    public boolean isPublished(ScheduledSlot slot) {
        return published.contains(key(slot));
    }

    /** The contract's checks of publishBatch, in its order; "" when the batch is recorded. */
    private String execute(ScheduledSlot slot, boolean injectedFailure, long block) {
        if (injectedFailure) {
            return "injected failure at block " + block;
        }
        if (!timeline.slot(slot.epoch(), slot.slot()).contains(block)) {
            return "SlotAuctionPublishOutsideSlot at block " + block;
        }
        if (!published.add(key(slot))) {
            return "SlotAuctionSlotAlreadyPublished at block " + block;
        }
        inclusions.add(new Inclusion(slot, block));
        chain.emit(ADDRESS, BATCH_PUBLISHED, "0x%064x%064x".formatted(slot.epoch(), slot.slot()));
        return "";
    }

    private static List<Long> key(ScheduledSlot slot) {
        return List.of(slot.epoch(), (long) slot.slot());
    }
}
