package dev.baton.agent.operator;

import dev.baton.agent.market.TxTracker;
import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.runtime.Duty;
import dev.baton.agent.store.AgentStore;
import dev.baton.types.Amount;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tops up the market's reward pool by {@code amount} whenever the funded rewards not yet assigned
 * fall below {@code below}, approving the market for the amount first when its allowance is short.
 * The pool is read at the pending block, so a top-up in flight (this agent's or anyone's) already
 * counts; a top-up this agent sent is recorded under {@code fund} (its approval under {@code fund
 * approve}, counted as {@code baton_agent_fund_approve_total}) and never re-sent while the node
 * knows it. A pool someone else topped up after this agent saw it low is counted as {@code
 * skipped_funded_by_others}.
 */
public final class FundPoolDuty implements Duty {
    static final String FUND = "fund";
    static final String APPROVE = "fund approve";
    static final String METRIC = "baton.agent.fund";

    private final KeeperChain chain;
    private final TxTracker tracker;
    private final TxTracker approvals;
    private final Amount below;
    private final Amount amount;
    private volatile boolean sawLow;
    private volatile long funded;

    public FundPoolDuty(
            String agent,
            KeeperChain chain,
            AgentStore store,
            AgentMetrics metrics,
            Amount below,
            Amount amount) {
        if (amount.isZero()) {
            throw new IllegalArgumentException("fund amount must be positive");
        }
        this.chain = chain;
        this.tracker = new TxTracker(agent, store, chain, metrics, METRIC);
        this.approvals = new TxTracker(agent, store, chain, metrics, METRIC + ".approve");
        this.below = below;
        this.amount = amount;
    }

    @Override
    public String name() {
        return "fund";
    }

    @Override
    public void onHead(long block) {
        try {
            TxTracker.State fund = tracker.resolve(FUND);
            if (fund == TxTracker.State.IN_FLIGHT
                    || approvals.resolve(APPROVE) == TxTracker.State.IN_FLIGHT) {
                return;
            }
            if (fund == TxTracker.State.CONFIRMED) {
                funded++;
                sawLow = false;
            }
            if (chain.rewardsAvailable().compareTo(below) >= 0) {
                if (sawLow) {
                    tracker.count("skipped_funded_by_others");
                }
                sawLow = false;
                return;
            }
            sawLow = true;
            if (chain.allowance().compareTo(amount) < 0) {
                approvals.send(APPROVE, block, () -> chain.submitApprove(amount));
                return;
            }
            if (tracker.send(FUND, block, () -> chain.submitFund(amount))) {
                sawLow = false;
            }
        } finally {
            tracker.publishPending();
        }
    }

    @Override
    public Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("fundBelow", below.value().toString());
        out.put("fundAmount", amount.value().toString());
        out.put("fundedByThisAgent", funded);
        return out;
    }
}
