package dev.baton.agent.prover;

import dev.baton.agent.market.CommittedTranscript;
import dev.baton.agent.market.TranscriptIndex;
import dev.baton.agent.market.TxTracker;
import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.runtime.Duty;
import dev.baton.agent.store.AgentStore;
import dev.baton.client.market.PositionState;
import dev.baton.client.market.TranscriptState;
import dev.baton.client.market.TranscriptStatus;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.types.Amount;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The prover's work on every committed transcript that carries its votes (found through the
 * market's {@code TranscriptCommitted} logs, its assignments read from the commit transaction):
 *
 * <ul>
 *   <li>after the reveal, while the height is open, attests its parts into the {@link
 *       AttestationOutbox} for the proposer ({@code
 *       baton_agent_prover_attest_total{outcome=written}}, once per node);
 *   <li>once the transcript won or became an uncle, credits each contributed assignment's reward
 *       ({@code baton_agent_prover_reward_total});
 *   <li>when the winner's proof left its part out, disputes within the dispute window ({@code
 *       baton_agent_prover_dispute_total});
 *   <li>claims whatever is credited once nothing of its own is in flight ({@code
 *       baton_agent_prover_claim_total}).
 * </ul>
 *
 * Every settlement is read first ({@code positionState} at the pending block): an assignment
 * someone else credited costs no transaction ({@code skipped_already_settled}). Sent transactions
 * are kept in the store and never re-sent while the node knows them, so neither a restart nor a
 * skipped head acts twice.
 */
public final class ProverDuty implements Duty {
    static final String INDEX_CURSOR = "prover.fromBlock";
    static final String CLAIM = "claim";

    private final ProverChain chain;
    private final PartSource parts;
    private final AttestationOutbox outbox;
    private final Amount claimAbove;
    private final AgentMetrics metrics;
    private final TranscriptIndex index;
    private final TxTracker rewards;
    private final TxTracker disputes;
    private final TxTracker claims;
    private volatile int watching;

    public ProverDuty(
            String agent,
            ProverChain chain,
            AgentStore store,
            AgentMetrics metrics,
            PartSource parts,
            AttestationOutbox outbox,
            Amount claimAbove,
            long fromBlock) {
        this.chain = chain;
        this.parts = parts;
        this.outbox = outbox;
        this.claimAbove = claimAbove;
        this.metrics = metrics;
        this.index = new TranscriptIndex(agent, INDEX_CURSOR, chain, store, fromBlock);
        this.rewards = new TxTracker(agent, store, chain, metrics, "baton.agent.prover.reward");
        this.disputes = new TxTracker(agent, store, chain, metrics, "baton.agent.prover.dispute");
        this.claims = new TxTracker(agent, store, chain, metrics, "baton.agent.prover.claim");
    }

    @Override
    public String name() {
        return "prover";
    }

    @Override
    public void onHead(long block) {
        try {
            index.advance(block);
            long head = chain.headHeight();
            boolean rewardInFlight = false;
            List<CommittedTranscript> held = index.all();
            watching = 0;
            for (CommittedTranscript t : held) {
                List<Integer> mine = t.transcript().positionsOf(chain.prover());
                Work work = mine.isEmpty() ? Work.DONE : work(t, mine, head, block);
                if (work == Work.DONE) {
                    index.forget(t);
                } else {
                    watching++;
                    rewardInFlight |= work == Work.IN_FLIGHT;
                }
            }
            if (!rewardInFlight) {
                claim(block);
            }
        } finally {
            claims.publishPending();
        }
    }

    private enum Work {
        WAITING,
        IN_FLIGHT,
        DONE
    }

    private Work work(CommittedTranscript t, List<Integer> mine, long head, long block) {
        Transcript transcript = t.transcript();
        TranscriptState state = chain.transcript(transcript);
        TranscriptStatus status = state.status();
        boolean closed =
                transcript.height() <= head; // finalised: only a winner or an uncle still pays
        if (status == TranscriptStatus.WON || status == TranscriptStatus.UNCLE) {
            return settle(t, state, mine, block);
        }
        if (closed || status == TranscriptStatus.INVALID) {
            count("baton.agent.prover.transcripts", "lost");
            return Work.DONE;
        }
        if (status == TranscriptStatus.REVEALED || status == TranscriptStatus.PROVEN) {
            attest(transcript, state, mine);
        }
        return Work.WAITING;
    }

    private void attest(Transcript transcript, TranscriptState state, List<Integer> mine) {
        for (int position : mine) {
            if (outbox.has(transcript, position)) {
                continue;
            }
            TreePosition node = transcript.assignments().get(position).position();
            byte[] part = parts.part(transcript.height(), state.txOrderRoot(), node);
            outbox.write(
                    transcript,
                    position,
                    chain.attest(transcript.height(), state.txOrderRoot(), node, part),
                    part);
            count("baton.agent.prover.attest", "written");
        }
    }

    /**
     * A winner's or uncle's assignments of this prover: credit the contributed, dispute the dropped
     * (winner only).
     */
    private Work settle(
            CommittedTranscript t, TranscriptState state, List<Integer> mine, long block) {
        Transcript transcript = t.transcript();
        boolean won = state.status() == TranscriptStatus.WON;
        long disputeEnds = state.finalisedAt() + chain.params().disputeWindow();
        Work work = Work.DONE;
        for (int position : mine) {
            String rewardKey = "reward " + t.key() + " #" + position;
            String disputeKey = "dispute " + t.key() + " #" + position;
            TxTracker.State reward = rewards.resolve(rewardKey);
            TxTracker.State dispute = disputes.resolve(disputeKey);
            if (reward == TxTracker.State.IN_FLIGHT || dispute == TxTracker.State.IN_FLIGHT) {
                work = Work.IN_FLIGHT;
                continue;
            }
            PositionState ps = chain.position(transcript, position);
            if (ps.settled()) {
                if (reward == TxTracker.State.NONE && dispute == TxTracker.State.NONE) {
                    (ps.contributed() ? rewards : disputes).count("skipped_already_settled");
                }
                continue;
            }
            if (ps.contributed()) {
                if (rewards.send(
                        rewardKey, block, () -> chain.submitClaimReward(transcript, position))) {
                    work = Work.IN_FLIGHT;
                } else if (work == Work.DONE) {
                    work = Work.WAITING; // refused by the dry run (credited meanwhile?):
                    // re-read at the next head
                }
            } else if (won && chain.latestTimestamp() < disputeEnds) {
                TreePosition node = transcript.assignments().get(position).position();
                byte[] part = parts.part(transcript.height(), state.txOrderRoot(), node);
                var attestation =
                        chain.attest(transcript.height(), state.txOrderRoot(), node, part);
                if (disputes.send(
                        disputeKey,
                        block,
                        () -> chain.submitDispute(transcript, position, attestation, part))) {
                    work = Work.IN_FLIGHT;
                } else if (work == Work.DONE) {
                    // e.g. the window's last block: re-checked at the next head
                    work = Work.WAITING;
                }
            }
        }
        if (work == Work.DONE) {
            count("baton.agent.prover.transcripts", won ? "won" : "uncle");
        }
        return work;
    }

    private void claim(long block) {
        if (claims.resolve(CLAIM) == TxTracker.State.IN_FLIGHT) {
            return;
        }
        // pending block: an earlier claim in the pool already shows as zero
        Amount due = chain.claimable();
        if (due.isZero() || due.compareTo(claimAbove) <= 0) {
            return;
        }
        claims.send(CLAIM, block, chain::submitClaim);
    }

    private void count(String metric, String outcome) {
        metrics.counter(metric, "outcome", outcome).increment();
    }

    @Override
    public Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("prover", chain.prover().toString());
        out.put("transcriptsWatched", watching);
        return out;
    }
}
