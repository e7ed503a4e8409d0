package dev.baton.agent.operator;

import dev.baton.agent.market.CommittedTranscript;
import dev.baton.agent.market.TranscriptIndex;
import dev.baton.agent.market.TxTracker;
import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.runtime.Duty;
import dev.baton.agent.store.AgentStore;
import dev.baton.client.market.PositionState;
import dev.baton.client.market.TranscriptState;
import dev.baton.client.market.TranscriptStatus;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Slashes the withholders of each finalised height's winner once its dispute window is over: every
 * assignment that neither contributed to the proof nor was settled since (disputed, or slashed by
 * someone else). Idempotent:
 *
 * <ul>
 *   <li>a settled assignment costs no transaction ({@code skipped_already_settled});
 *   <li>a slash whose dry run reverts (a bad vote, an expired bond) is not sent and not retried
 *       ({@code dry_run_reverted});
 *   <li>a slash this agent sent is recorded under {@code slash <transcript> #position} and never
 *       re-sent while the node knows it; the cursor (the next height to settle) survives restarts.
 * </ul>
 */
public final class SlashWithheldDuty implements Duty {
    static final String CURSOR = "slash.nextHeight";
    static final String INDEX_CURSOR = "slash.fromBlock";
    static final String METRIC = "baton.agent.slash";

    private final String agent;
    private final KeeperChain chain;
    private final AgentStore store;
    private final TxTracker tracker;
    private final TranscriptIndex index;

    /**
     * Assignments of the current heights already decided (counted once), until their height is
     * done.
     */
    private final Set<String> decided = new HashSet<>();

    private volatile long cursor = -1;
    private volatile long slashed;

    /** {@code fromBlock}: where a first start reads the market's commits from. */
    public SlashWithheldDuty(
            String agent,
            KeeperChain chain,
            AgentStore store,
            AgentMetrics metrics,
            long fromBlock) {
        this.agent = agent;
        this.chain = chain;
        this.store = store;
        this.tracker = new TxTracker(agent, store, chain, metrics, METRIC);
        this.index = new TranscriptIndex(agent, INDEX_CURSOR, chain, store, fromBlock);
    }

    static String dutyKey(CommittedTranscript t, int position) {
        return "slash " + t.key() + " #" + position;
    }

    @Override
    public String name() {
        return "slash";
    }

    @Override
    public void onHead(long block) {
        try {
            index.advance(block);
            if (cursor < 0) {
                cursor = store.cursor(agent, CURSOR).orElse(1L);
            }
            long head = chain.headHeight();
            while (cursor <= head && settle(cursor, block)) {
                cursor++;
                store.setCursor(agent, CURSOR, cursor);
                decided.clear();
                index.retainFrom(cursor);
            }
        } finally {
            tracker.publishPending();
        }
    }

    /**
     * Works on finalised height {@code height}'s winner; returns whether every assignment of it is
     * decided.
     */
    private boolean settle(long height, long block) {
        Optional<CommittedTranscript> winner =
                index.at(height).stream()
                        .filter(
                                t ->
                                        chain.transcript(t.transcript()).status()
                                                == TranscriptStatus.WON)
                        .findFirst();
        if (winner.isEmpty()) {
            // committed through another contract: its assignments are unknown
            return true;
        }
        CommittedTranscript t = winner.get();
        TranscriptState state = chain.transcript(t.transcript());
        if (chain.latestTimestamp() < state.finalisedAt() + chain.params().disputeWindow()) {
            return false;
        }
        boolean done = true;
        List<?> assignments = t.transcript().assignments();
        for (int position = 0; position < assignments.size(); position++) {
            String key = dutyKey(t, position);
            if (decided.contains(key)) {
                continue;
            }
            TxTracker.State sent = tracker.resolve(key);
            if (sent == TxTracker.State.IN_FLIGHT) {
                done = false;
                continue;
            }
            PositionState ps = chain.position(t.transcript(), position);
            if (ps.contributed()) {
                decided.add(key);
            } else if (ps.settled()) {
                if (sent == TxTracker.State.CONFIRMED) {
                    slashed++;
                } else {
                    tracker.count("skipped_already_settled");
                }
                decided.add(key);
            } else {
                int p = position;
                if (tracker.send(key, block, () -> chain.submitSlash(t.transcript(), p))) {
                    done = false;
                } else {
                    // the market refuses it (bad vote, expired bond): not ours to retry
                    decided.add(key);
                }
            }
        }
        return done;
    }

    @Override
    public Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nextHeight", cursor);
        out.put("slashedByThisAgent", slashed);
        return out;
    }
}
