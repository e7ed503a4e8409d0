package dev.baton.agent.operator;

import dev.baton.agent.market.TxTracker;
import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.runtime.Duty;
import dev.baton.agent.runtime.EpochCursor;
import dev.baton.agent.store.AgentStore;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.EpochStatus;
import dev.baton.errors.ContractRevertException;
import dev.baton.types.TxHash;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Seals each epoch as early as allowed: in the first block of its seal window (the transaction is
 * sent when the head is the block before). Idempotent by construction:
 *
 * <ul>
 *   <li>an epoch someone already sealed (status elected or open at the pending block) is skipped,
 *       no transaction;
 *   <li>a seal this agent sent is recorded in the store under {@code seal epoch K} and never
 *       re-sent while the node still knows it; once mined its outcome is counted and the epoch is
 *       done;
 *   <li>the cursor (the first epoch not yet done) survives restarts, so past epochs are not
 *       re-read.
 * </ul>
 *
 * A crash between sending and recording is covered by the status check: the pending block already
 * holds the seal.
 */
public final class SealEpochsDuty implements Duty {
    private static final Logger LOG = LoggerFactory.getLogger(SealEpochsDuty.class);
    static final String CURSOR = "seal.nextEpoch";
    private static final String METRIC = "baton.agent.seal";

    private final String agent;
    private final SealChain chain;
    private final AgentStore store;
    private AuctionTimeline timeline;
    private final EpochCursor cursor;
    private final TxTracker tracker;
    private volatile long lastSealed = -1;

    public SealEpochsDuty(String agent, SealChain chain, AgentStore store, AgentMetrics metrics) {
        this.agent = agent;
        this.chain = chain;
        this.store = store;
        this.cursor = new EpochCursor(store, agent, CURSOR);
        this.tracker = new TxTracker(agent, store, chain, metrics, METRIC);
    }

    static String dutyKey(long epoch) {
        return "seal epoch " + epoch;
    }

    @Override
    public String name() {
        return "seal";
    }

    @Override
    public void onHead(long block) {
        if (timeline == null) {
            timeline = chain.timeline();
        }
        try {
            cursor.advance(
                    block,
                    this::firstOpenEpoch,
                    EpochCursor.Steps.of(timeline::seal, this::act, this::finishPast));
        } finally {
            tracker.publishPending();
        }
    }

    /**
     * The earliest epoch whose seal window has not ended at {@code next} (where a first start
     * begins).
     */
    private long firstOpenEpoch(long next) {
        long epoch = timeline.epochAt(next);
        while (epoch > 0 && timeline.seal(epoch - 1).end() > next) {
            epoch--;
        }
        return epoch;
    }

    /**
     * Inside the seal window: resolve an in-flight seal, else seal unless someone did. Returns
     * whether it is done.
     */
    private boolean act(long epoch, long head) {
        TxTracker.State sent = tracker.resolve(dutyKey(epoch));
        if (sent == TxTracker.State.IN_FLIGHT) {
            // still in flight: never re-send
            return false;
        }
        if (sent == TxTracker.State.CONFIRMED) {
            lastSealed = epoch;
            return true;
        }
        EpochStatus status = chain.status(epoch);
        if (status == EpochStatus.ELECTED || status == EpochStatus.OPEN) {
            tracker.count("skipped_already_sealed");
            return true;
        }
        if (status != EpochStatus.AWAITING_SEAL) {
            return false;
        }
        TxHash hash;
        try {
            hash = chain.submitSeal(epoch);
        } catch (ContractRevertException e) {
            // e.g. sealed by another keeper since the status read; re-checked next head
            tracker.count("dry_run_reverted");
            LOG.info("seal of epoch {} not sent: {}", epoch, e.getMessage());
            return false;
        }
        tracker.sent(dutyKey(epoch), hash, head);
        LOG.info("sealing epoch {} at head {}: {}", epoch, head, hash);
        return false;
    }

    /** After the seal window: only an in-flight seal may still need its outcome counted. */
    private boolean finishPast(long epoch) {
        TxTracker.State sent = tracker.resolve(dutyKey(epoch));
        if (sent == TxTracker.State.CONFIRMED) {
            lastSealed = epoch;
        }
        return sent != TxTracker.State.IN_FLIGHT;
    }

    @Override
    public Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nextEpoch", cursor.next());
        out.put("lastSealedByThisAgent", lastSealed);
        out.put(
                "pending",
                store.allPending(agent).stream()
                        .map(
                                p ->
                                        Map.of(
                                                "duty",
                                                p.duty(),
                                                "hash",
                                                p.hash().hex(),
                                                "sentAtBlock",
                                                p.sentAtBlock()))
                        .toList());
        return out;
    }
}
