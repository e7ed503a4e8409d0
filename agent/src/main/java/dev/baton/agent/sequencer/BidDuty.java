package dev.baton.agent.sequencer;

import dev.baton.agent.market.TxTracker;
import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.runtime.Duty;
import dev.baton.agent.runtime.EpochCursor;
import dev.baton.agent.store.AgentStore;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.BidEntry;
import dev.baton.errors.ContractRevertException;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.TxHash;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bids once per epoch, in the first block of its bidding window the agent sees, the amount its
 * policy gives for the free stake at that moment. Never twice: an epoch whose entries (read at the
 * pending block) already hold this account's bid is done without a transaction, and a bid in flight
 * is waited for, not re-sent. An epoch whose bidding window passes with no bid (the agent was down,
 * or the stake too small) is counted as missed.
 */
public final class BidDuty implements Duty {
    private static final Logger LOG = LoggerFactory.getLogger(BidDuty.class);
    static final String CURSOR = "bid.nextEpoch";
    static final String METRIC = "baton.agent.sequencer.bid";

    private final String agent;
    private final SequencerChain chain;
    private final AgentStore store;
    private final InFlight inFlight;
    private final BidPolicy policy;
    private final AgentMetrics metrics;
    private AuctionTimeline timeline;
    private BidPolicy.Units units;
    private final EpochCursor cursor;
    private volatile String lastBid = "";

    public BidDuty(
            String agent,
            SequencerChain chain,
            AgentStore store,
            AgentMetrics metrics,
            BidPolicy policy) {
        this.agent = agent;
        this.chain = chain;
        this.store = store;
        this.cursor = new EpochCursor(store, agent, CURSOR);
        this.metrics = metrics;
        this.policy = policy;
        this.inFlight = new InFlight(agent, chain, store, metrics);
    }

    static String key(long epoch) {
        return "bid epoch " + epoch;
    }

    @Override
    public String name() {
        return "bid";
    }

    @Override
    public void onHead(long block) {
        if (timeline == null) {
            timeline = chain.timeline();
        }
        if (units == null) {
            units = policy.inUnits(chain.stakeTokenDecimals());
        }
        try {
            cursor.advance(
                    block,
                    timeline::epochAt,
                    EpochCursor.Steps.of(timeline::bidding, this::act, this::finishPast));
        } finally {
            metrics.pendingTransactions(inFlight.pendingCount());
        }
    }

    private boolean act(long epoch, long head) {
        TxTracker.State state = inFlight.resolve(key(epoch), METRIC);
        if (state == TxTracker.State.IN_FLIGHT) {
            return false;
        }
        if (state == TxTracker.State.CONFIRMED || hasBid(epoch)) {
            if (state != TxTracker.State.CONFIRMED) {
                inFlight.count(METRIC, "skipped_already_bid");
            }
            lastBid = "epoch " + epoch;
            return true;
        }
        Amount free = chain.stake().free();
        Optional<Amount> amount = units.amount(free);
        if (amount.isEmpty()) {
            inFlight.count(METRIC, "skipped_insufficient_stake");
            LOG.info(
                    "no bid for epoch {}: the policy gives nothing for free stake {}", epoch, free);
            return true;
        }
        TxHash hash;
        try {
            Optional<Address> delegate = policy.delegate();
            hash =
                    delegate.isPresent()
                            ? chain.submitBidFor(
                                    epoch, delegate.get(), amount.get(), policy.maxCommissionBps())
                            : chain.submitBid(epoch, amount.get());
        } catch (ContractRevertException e) {
            inFlight.count(METRIC, "dry_run_reverted");
            LOG.info("bid for epoch {} not sent: {}", epoch, e.getMessage());
            return false;
        }
        inFlight.sent(key(epoch), hash, head, METRIC);
        LOG.info("bidding {} for epoch {} at head {}: {}", amount.get(), epoch, head, hash);
        return false;
    }

    /**
     * After the window: an in-flight bid still gets its outcome; an epoch without this account's
     * bid is missed.
     */
    private boolean finishPast(long epoch) {
        TxTracker.State state = inFlight.resolve(key(epoch), METRIC);
        if (state == TxTracker.State.IN_FLIGHT) {
            return false;
        }
        if (state != TxTracker.State.CONFIRMED && !hasBid(epoch)) {
            inFlight.count(METRIC, "missed");
        }
        return true;
    }

    /**
     * Whether the epoch holds this account's bid: its own entry, or its delegation to the
     * configured sequencer.
     */
    private boolean hasBid(long epoch) {
        Address me = chain.account();
        Optional<Address> delegate = policy.delegate();
        for (BidEntry entry : chain.entries(epoch)) {
            boolean mine =
                    delegate.isPresent()
                            ? me.equals(entry.delegator())
                                    && delegate.get().equals(entry.sequencer())
                            : entry.sequencer().equals(me) && !entry.isDelegated();
            if (mine) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nextEpoch", cursor.next());
        out.put("lastBid", lastBid);
        return out;
    }
}
