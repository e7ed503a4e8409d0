package dev.baton.agent.sequencer;

import dev.baton.agent.market.TxTracker;
import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.runtime.Duty;
import dev.baton.agent.store.AgentStore;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.BidEntry;
import dev.baton.client.auction.BlockWindow;
import dev.baton.client.auction.EpochSlotMap;
import dev.baton.client.auction.EpochStatus;
import dev.baton.errors.ContractRevertException;
import dev.baton.types.TxHash;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Settles each of this sequencer's entries that holds slots (own and delegated to it), once, in the
 * epoch's settlement window. An entry the chain shows settled (pending block) costs no transaction;
 * a settle in flight is waited for. An entry still unsettled when the window ends (the agent was
 * down throughout) is counted missed.
 */
public final class SettleDuty implements Duty {
    private static final Logger LOG = LoggerFactory.getLogger(SettleDuty.class);
    static final String CURSOR = "settle.nextEpoch";
    static final String METRIC = "baton.agent.sequencer.settle";

    private final String agent;
    private final SequencerChain chain;
    private final AgentStore store;
    private final InFlight inFlight;
    private final AgentMetrics metrics;
    private AuctionTimeline timeline;
    private volatile long cursor = -1;

    public SettleDuty(String agent, SequencerChain chain, AgentStore store, AgentMetrics metrics) {
        this.agent = agent;
        this.chain = chain;
        this.store = store;
        this.metrics = metrics;
        this.inFlight = new InFlight(agent, chain, store, metrics);
    }

    static String key(long epoch, int entry) {
        return "settle " + epoch + "/" + entry;
    }

    @Override
    public String name() {
        return "settle";
    }

    @Override
    public void onHead(long block) {
        if (timeline == null) {
            timeline = chain.timeline();
        }
        long next = block + 1;
        if (cursor < 0) {
            cursor = store.cursor(agent, CURSOR).orElseGet(() -> firstOpenEpoch(next));
        }
        try {
            while (true) {
                long epoch = cursor;
                BlockWindow window = timeline.settlement(epoch);
                if (next < window.start()) {
                    break;
                }
                if (!settleEpoch(epoch, next >= window.end(), block)) {
                    break;
                }
                cursor = epoch + 1;
                store.setCursor(agent, CURSOR, cursor);
            }
        } finally {
            metrics.pendingTransactions(inFlight.pendingCount());
        }
    }

    private long firstOpenEpoch(long next) {
        long epoch = timeline.epochAt(next);
        while (epoch > 0 && timeline.settlement(epoch - 1).end() > next) {
            epoch--;
        }
        return epoch;
    }

    /**
     * Settles (or, past the window, accounts) every own entry with slots; returns whether the epoch
     * is done.
     */
    private boolean settleEpoch(long epoch, boolean past, long head) {
        if (chain.epoch(epoch).status() != EpochStatus.ELECTED) {
            // no schedule, nothing to settle
            return true;
        }
        EpochSlotMap map = chain.slotMap(epoch);
        boolean done = true;
        for (BidEntry entry : map.entries()) {
            if (!entry.sequencer().equals(chain.account())
                    || map.schedule().slotCountOf(entry.entry()) == 0) {
                continue;
            }
            String key = key(epoch, entry.entry());
            TxTracker.State state = inFlight.resolve(key, METRIC);
            if (state == TxTracker.State.IN_FLIGHT) {
                done = false;
            } else if (state == TxTracker.State.CONFIRMED || entry.settled()) {
                continue;
            } else if (past) {
                inFlight.count(METRIC, "missed");
                LOG.warn(
                        "entry {} of epoch {}: settlement window over, not settled",
                        entry.entry(),
                        epoch);
            } else {
                done = false;
                submit(epoch, entry.entry(), key, head);
            }
        }
        return done;
    }

    private void submit(long epoch, int entry, String key, long head) {
        TxHash hash;
        try {
            hash = chain.submitSettle(epoch, entry);
        } catch (ContractRevertException e) {
            inFlight.count(METRIC, "dry_run_reverted");
            LOG.info("settle of entry {} of epoch {} not sent: {}", entry, epoch, e.getMessage());
            return;
        }
        inFlight.sent(key, hash, head, METRIC);
        LOG.info("settling entry {} of epoch {} at head {}: {}", entry, epoch, head, hash);
    }

    @Override
    public Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nextEpoch", cursor);
        return out;
    }
}
