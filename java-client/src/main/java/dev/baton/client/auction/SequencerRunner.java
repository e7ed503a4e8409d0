package dev.baton.client.auction;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Publishes a batch in each of a sequencer's slots, on time: it follows the chain head and sends
 * when the block that will include the transaction ({@code latest + inclusionLead}) falls inside
 * the slot's blocks. A slot whose blocks pass first is reported missed; a failed attempt is retried
 * on the next block while the slot lasts, unless the chain shows the slot published already (an
 * earlier attempt mined after its answer was lost or timed out: such a slot is reported published,
 * not failed).
 *
 * <p>The slots come from the off-chain schedule (one pass over the epoch, see {@code
 * EpochSchedule}), so the runner makes no per-slot lookup on chain. One runner serves one
 * sequencer; run several on several threads.
 */
public final class SequencerRunner {
    private final AuctionTimeline timeline;
    private final ChainHead head;
    private final BatchPublisher publisher;
    private final BatchSource batches;
    private final int inclusionLead;
    private final Consumer<SlotOutcome> listener;

    /**
     * @param inclusionLead blocks from the latest block to the one including a transaction sent now
     *     (1 on a devnet that mines each transaction or mines on an interval)
     * @param listener told of each slot's outcome as it is decided (e.g. to log progress)
     */
    public SequencerRunner(
            AuctionTimeline timeline,
            ChainHead head,
            BatchPublisher publisher,
            BatchSource batches,
            int inclusionLead,
            Consumer<SlotOutcome> listener) {
        if (inclusionLead < 0) {
            throw new IllegalArgumentException("inclusionLead must be >= 0, was " + inclusionLead);
        }
        this.timeline = timeline;
        this.head = head;
        this.publisher = publisher;
        this.batches = batches;
        this.inclusionLead = inclusionLead;
        this.listener = listener;
    }

    /** Works through {@code slots} in slot order until each is published, missed or failed. */
    public List<SlotOutcome> run(List<ScheduledSlot> slots) throws InterruptedException {
        List<ScheduledSlot> ordered = new ArrayList<>(slots);
        ordered.sort(null);
        List<SlotOutcome> outcomes = new ArrayList<>(ordered.size());
        for (ScheduledSlot slot : ordered) {
            SlotOutcome outcome = serve(slot);
            outcomes.add(outcome);
            listener.accept(outcome);
        }
        return List.copyOf(outcomes);
    }

    private SlotOutcome serve(ScheduledSlot slot) throws InterruptedException {
        BlockWindow window = timeline.slot(slot.epoch(), slot.slot());
        String lastError = null;
        while (true) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("runner stopped");
            }
            long latest = head.latestBlock();
            long inclusion = latest + inclusionLead;
            if (window.isOverAt(inclusion)) {
                // A send whose answer failed (e.g. its receipt wait timed out) may still have been
                // mined since.
                if (lastError != null && publishedByMe(slot)) {
                    return published(slot);
                }
                return new SlotOutcome(
                        slot,
                        lastError == null ? SlotOutcome.Status.MISSED : SlotOutcome.Status.FAILED,
                        latest,
                        lastError);
            }
            if (window.contains(inclusion)) {
                try {
                    publisher.publish(slot, batches.batchFor(slot));
                    return published(slot);
                } catch (RuntimeException e) {
                    lastError = e.getClass().getSimpleName() + ": " + e.getMessage();
                    // Already published by me (an earlier attempt mined after all): done, not a
                    // failure to retry.
                    if (publishedByMe(slot)) {
                        return published(slot);
                    }
                }
            }
            head.awaitBlockAfter(latest);
        }
    }

    private SlotOutcome published(ScheduledSlot slot) {
        return new SlotOutcome(slot, SlotOutcome.Status.PUBLISHED, head.latestBlock(), null);
    }

    /**
     * Whether the chain shows the slot published; a failing check counts as not (the attempt's
     * error stands).
     */
    private boolean publishedByMe(ScheduledSlot slot) {
        try {
            return publisher.isPublished(slot);
        } catch (RuntimeException unknown) {
            return false;
        }
    }
}
