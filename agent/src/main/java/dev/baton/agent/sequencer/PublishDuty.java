package dev.baton.agent.sequencer;

import dev.baton.agent.market.TxTracker;
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
    static final String OPEN_SLOTS = "baton.agent.sequencer.open_slots";

    private final String agent;
    private final SequencerChain chain;
    private final AgentStore store;
    private final InFlight inFlight;
    private final BatchSource batches;
    private final AgentMetrics metrics;
    private final boolean publishInOpenMode;
    private AuctionTimeline timeline;
    private volatile long epoch = -1;
    private volatile int nextSlot;
    private volatile List<ScheduledSlot> mine;
    private volatile boolean openMode;

    public PublishDuty(
            String agent,
            SequencerChain chain,
            AgentStore store,
            AgentMetrics metrics,
            BatchSource batches) {
        this(agent, chain, store, metrics, batches, false);
    }

    /**
     * With {@code publishInOpenMode}, an epoch in open mode (nobody elected) has every slot served
     * as if it were this sequencer's: anyone may publish there, unrewarded.
     */
    public PublishDuty(
            String agent,
            SequencerChain chain,
            AgentStore store,
            AgentMetrics metrics,
            BatchSource batches,
            boolean publishInOpenMode) {
        this.publishInOpenMode = publishInOpenMode;
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
                openMode = false;
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
            boolean running = next >= timeline.slots(epoch).start();
            if (status == EpochStatus.OPEN && publishInOpenMode) {
                if (!running) {
                    return false;
                }
                // Open mode: every slot is anyone's; the entry hint is ignored by the contract.
                openMode = true;
                mine =
                        java.util.stream.IntStream.range(0, timeline.slotsPerEpoch())
                                .mapToObj(slot -> new ScheduledSlot(epoch, slot, 0))
                                .toList();
                LOG.info("epoch {}: open mode, publishing in every slot", epoch);
            } else if (status != EpochStatus.ELECTED) {
                // open mode not served, or unsealed: no own slots
                return running;
            } else {
                mine = chain.slotMap(epoch).slotsOf(chain.account());
                long ahead = mine.stream().filter(s -> s.slot() >= nextSlot).count();
                metrics.counter(SLOTS, "outcome", "won").increment(ahead);
                LOG.info(
                        "epoch {}: {} own slots{}",
                        epoch,
                        mine.size(),
                        mine.isEmpty() ? "" : ", from slot " + mine.get(0).slot());
            }
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
        TxTracker.State state = inFlight.resolve(key(slot), METRIC);
        if (state == TxTracker.State.IN_FLIGHT) {
            return false;
        }
        if (state == TxTracker.State.CONFIRMED) {
            slotOutcome("published");
            return true;
        }
        if (chain.isPublished(slot.epoch(), slot.slot())) {
            // Elected: only this sequencer can have published its slot (a send whose record a
            // crash lost). Open mode: anyone may have, and the slot is then done for everyone.
            slotOutcome(openMode ? "taken" : "published");
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
        TxTracker.State state = inFlight.resolve(key(slot), METRIC);
        if (state == TxTracker.State.IN_FLIGHT) {
            return false;
        }
        if (state != TxTracker.State.CONFIRMED
                && openMode
                && chain.isPublished(slot.epoch(), slot.slot())) {
            slotOutcome("taken");
            return true;
        }
        boolean published =
                state == TxTracker.State.CONFIRMED || chain.isPublished(slot.epoch(), slot.slot());
        slotOutcome(published ? "published" : "missed");
        if (!published) {
            LOG.warn("slot {}/{} missed", slot.epoch(), slot.slot());
        }
        return true;
    }

    private void slotOutcome(String outcome) {
        metrics.counter(openMode ? OPEN_SLOTS : SLOTS, "outcome", outcome).increment();
    }

    @Override
    public Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("epoch", epoch);
        out.put("openMode", openMode);
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
