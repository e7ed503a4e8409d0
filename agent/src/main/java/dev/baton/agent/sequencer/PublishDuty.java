package dev.baton.agent.sequencer;

import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.runtime.Duty;
import dev.baton.agent.store.AgentStore;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.BatchSource;
import dev.baton.client.auction.BlockWindow;
import dev.baton.client.auction.EpochStatus;
import dev.baton.client.auction.ScheduledSlot;
import dev.baton.errors.ContractRevertException;
import dev.baton.types.TxHash;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes a batch in each of this sequencer's slots. Once an epoch is elected its slots are
 * learned off-chain (the seed and entries, one pass); each slot is then sent when the next block
 * falls inside it, with the batch the source gives for that slot. Never twice: a slot the chain
 * shows published (pending block) is done, and a publish in flight is waited for. Every own slot
 * ends up counted once, published or missed: a slot whose blocks passed while the agent was down
 * (or without a batch) is missed. The cursor (epoch, first slot not yet accounted) survives
 * restarts.
 */
public final class PublishDuty implements Duty {
    private static final Logger LOG = LoggerFactory.getLogger(PublishDuty.class);
    static final String EPOCH_CURSOR = "publish.nextEpoch";
    static final String SLOT_CURSOR = "publish.nextSlot";
    static final String SLOTS = "baton.agent.sequencer.slots";
    static final String METRIC = "baton.agent.sequencer.publish";

    private final String agent;
    private final SequencerChain chain;
    private final AgentStore store;
    private final InFlight inFlight;
    private final BatchSource batches;
    private final AgentMetrics metrics;
    private AuctionTimeline timeline;
    private volatile long epoch = -1;
    private volatile int nextSlot;
    private volatile List<ScheduledSlot> mine;

    public PublishDuty(
            String agent,
            SequencerChain chain,
            AgentStore store,
            AgentMetrics metrics,
            BatchSource batches) {
        this.agent = agent;
        this.chain = chain;
        this.store = store;
        this.metrics = metrics;
        this.batches = batches;
        this.inFlight = new InFlight(agent, chain, store, metrics);
    }

    static String key(ScheduledSlot slot) {
        return "publish " + slot.epoch() + "/" + slot.slot();
    }

    @Override
    public String name() {
        return "publish";
    }

    @Override
    public void onHead(long block) {
        if (timeline == null) {
            timeline = chain.timeline();
        }
        long next = block + 1;
        if (epoch < 0) {
            epoch = store.cursor(agent, EPOCH_CURSOR).orElseGet(() -> firstRunningEpoch(next));
            nextSlot = (int) store.cursor(agent, SLOT_CURSOR).orElse(0);
        }
        try {
            while (serveEpoch(next, block)) {
                epoch = epoch + 1;
                nextSlot = 0;
                mine = null;
                store.setCursor(agent, SLOT_CURSOR, 0);
                store.setCursor(agent, EPOCH_CURSOR, epoch);
            }
        } finally {
            metrics.pendingTransactions(inFlight.pendingCount());
        }
    }

    /** The earliest epoch whose slots have not all passed at {@code next}. */
    private long firstRunningEpoch(long next) {
        long e = timeline.epochAt(next);
        while (e > 0 && timeline.slots(e - 1).end() > next) {
            e--;
        }
        return e;
    }

    /** Works on the cursor's epoch; returns whether all its own slots are accounted. */
    private boolean serveEpoch(long next, long head) {
        if (next < timeline.seal(epoch).start()) {
            return false;
        }
        if (mine == null) {
            EpochStatus status = chain.epoch(epoch).status();
            if (status != EpochStatus.ELECTED) {
                // open mode or unsealed: no own slots
                return next >= timeline.slots(epoch).start();
            }
            mine = chain.slotMap(epoch).slotsOf(chain.account());
            long ahead = mine.stream().filter(s -> s.slot() >= nextSlot).count();
            metrics.counter(SLOTS, "outcome", "won").increment(ahead);
            LOG.info(
                    "epoch {}: {} own slots{}",
                    epoch,
                    mine.size(),
                    mine.isEmpty() ? "" : ", from slot " + mine.get(0).slot());
        }
        for (ScheduledSlot slot : mine) {
            if (slot.slot() < nextSlot) {
                continue;
            }
            BlockWindow window = timeline.slot(epoch, slot.slot());
            if (next < window.start()) {
                return false;
            }
            boolean done = next >= window.end() ? finishPast(slot) : act(slot, head);
            if (!done) {
                return false;
            }
            nextSlot = slot.slot() + 1;
            store.setCursor(agent, SLOT_CURSOR, nextSlot);
        }
        return true; // every own slot published or missed
    }

    private boolean act(ScheduledSlot slot, long head) {
        InFlight.State state = inFlight.resolve(key(slot), METRIC);
        if (state == InFlight.State.IN_FLIGHT) {
            return false;
        }
        if (state == InFlight.State.CONFIRMED || chain.isPublished(slot.epoch(), slot.slot())) {
            slotOutcome("published");
            return true;
        }
        byte[] batch;
        try {
            batch = batches.batchFor(slot);
        } catch (BatchNotReadyException e) {
            LOG.debug("slot {}/{}: {}", slot.epoch(), slot.slot(), e.getMessage());
            return false;
        } catch (RuntimeException e) {
            inFlight.count(METRIC, "batch_source_error");
            LOG.warn(
                    "slot {}/{}: the batch source failed: {}",
                    slot.epoch(),
                    slot.slot(),
                    e.getMessage());
            return false;
        }
        TxHash hash;
        try {
            hash = chain.submitPublish(slot, batch);
        } catch (ContractRevertException e) {
            inFlight.count(METRIC, "dry_run_reverted");
            LOG.info(
                    "publish in slot {}/{} not sent: {}",
                    slot.epoch(),
                    slot.slot(),
                    e.getMessage());
            return false;
        }
        inFlight.sent(key(slot), hash, head, METRIC);
        LOG.info("publishing in slot {}/{} at head {}: {}", slot.epoch(), slot.slot(), head, hash);
        return false;
    }

    /**
     * After the slot's blocks: published if the chain shows it (an in-flight publish is resolved
     * first), else missed.
     */
    private boolean finishPast(ScheduledSlot slot) {
        InFlight.State state = inFlight.resolve(key(slot), METRIC);
        if (state == InFlight.State.IN_FLIGHT) {
            return false;
        }
        boolean published =
                state == InFlight.State.CONFIRMED || chain.isPublished(slot.epoch(), slot.slot());
        slotOutcome(published ? "published" : "missed");
        if (!published) {
            LOG.warn("slot {}/{} missed", slot.epoch(), slot.slot());
        }
        return true;
    }

    private void slotOutcome(String outcome) {
        metrics.counter(SLOTS, "outcome", outcome).increment();
    }

    @Override
    public Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("epoch", epoch);
        List<ScheduledSlot> slots = mine;
        out.put(
                "ownSlots",
                slots == null ? List.of() : slots.stream().map(ScheduledSlot::slot).toList());
        out.put(
                "nextOwnSlots",
                slots == null
                        ? List.of()
                        : slots.stream()
                                .filter(s -> s.slot() >= nextSlot)
                                .limit(8)
                                .map(ScheduledSlot::slot)
                                .toList());
        return out;
    }
}
