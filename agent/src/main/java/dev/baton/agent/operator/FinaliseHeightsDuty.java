package dev.baton.agent.operator;

import dev.baton.agent.market.TxTracker;
import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.runtime.Duty;
import dev.baton.agent.store.AgentStore;
import dev.baton.client.market.MarketParams;
import dev.baton.client.market.RoundState;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Finalises each market height once its proof window is over (the latest block's time is past the
 * round's start plus the proposal and proof windows), so the next block's {@code finalise} cannot
 * revert on the window. Idempotent:
 *
 * <ul>
 *   <li>a height the market already finalised (head at the pending block past it) is skipped, no
 *       transaction ({@code skipped_already_finalised});
 *   <li>a finalise this agent sent is recorded in the store under {@code finalise height H} and
 *       never re-sent while the node knows it; a round that restarted (no proven transcript) waits
 *       for its next commit and window;
 *   <li>the cursor (the next height) survives restarts.
 * </ul>
 */
public final class FinaliseHeightsDuty implements Duty {
    static final String CURSOR = "finalise.nextHeight";
    static final String METRIC = "baton.agent.finalise";

    private final String agent;
    private final KeeperChain chain;
    private final AgentStore store;
    private final TxTracker tracker;
    private MarketParams params;
    private volatile long cursor = -1;
    private volatile long lastFinalised = -1;

    public FinaliseHeightsDuty(
            String agent, KeeperChain chain, AgentStore store, AgentMetrics metrics) {
        this.agent = agent;
        this.chain = chain;
        this.store = store;
        this.tracker = new TxTracker(agent, store, chain, metrics, METRIC);
    }

    static String dutyKey(long height) {
        return "finalise height " + height;
    }

    @Override
    public String name() {
        return "finalise";
    }

    @Override
    public void onHead(long block) {
        if (params == null) {
            params = chain.params();
        }
        try {
            long head = chain.headHeight();
            if (cursor < 0) {
                cursor = store.cursor(agent, CURSOR).orElse(head + 1);
                store.setCursor(
                        agent, CURSOR, cursor); // a restart must come back to a height sent for now
            }
            while (cursor <= head) {
                TxTracker.State state = tracker.resolve(dutyKey(cursor));
                if (state == TxTracker.State.IN_FLIGHT) {
                    // ours, at the pending block: wait for its receipt
                    return;
                }
                if (state == TxTracker.State.CONFIRMED) {
                    lastFinalised = cursor;
                } else {
                    tracker.count("skipped_already_finalised");
                }
                cursor++;
                store.setCursor(agent, CURSOR, cursor);
            }
            long height = cursor;
            // CONFIRMED here: ours was mined and the head did not move, so the round restarted;
            // decide again below.
            if (tracker.resolve(dutyKey(height)) == TxTracker.State.IN_FLIGHT) {
                return;
            }
            RoundState round = chain.round(height);
            if (round.start() == 0) {
                // not started, or restarted and waiting for its next commit
                return;
            }
            long endsAt = round.start() + params.proposalWindow() + params.proofWindow();
            if (chain.latestTimestamp() < endsAt) {
                return;
            }
            tracker.send(dutyKey(height), block, () -> chain.submitFinalise(height));
        } finally {
            tracker.publishPending();
        }
    }

    @Override
    public Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nextHeight", cursor);
        out.put("lastFinalisedByThisAgent", lastFinalised);
        return out;
    }
}
