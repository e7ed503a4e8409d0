package dev.baton.agent.sequencer;

import dev.baton.agent.market.TxTracker;
import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.runtime.Duty;
import dev.baton.agent.store.AgentStore;
import dev.baton.errors.ContractRevertException;
import dev.baton.types.Amount;
import dev.baton.types.TxHash;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Claims the credited rewards once they reach the threshold (any credit when it is 0). One claim in
 * flight at a time, recorded in the store, so a restart waits for it; the credit is read at the
 * pending block, so a claim sent just before a crash already shows as paid.
 */
public final class ClaimDuty implements Duty {
    private static final Logger LOG = LoggerFactory.getLogger(ClaimDuty.class);
    static final String KEY = "claim";
    static final String METRIC = "baton.agent.sequencer.claim";

    private final SequencerChain chain;
    private final InFlight inFlight;
    private final String thresholdTokens;
    private final AgentMetrics metrics;
    private Amount threshold;
    private volatile Amount lastClaimable = Amount.ZERO;

    public ClaimDuty(
            String agent,
            SequencerChain chain,
            AgentStore store,
            AgentMetrics metrics,
            String thresholdTokens) {
        this.chain = chain;
        this.metrics = metrics;
        this.thresholdTokens = thresholdTokens;
        this.inFlight = new InFlight(agent, chain, store, metrics);
    }

    @Override
    public String name() {
        return "claim";
    }

    @Override
    public void onHead(long block) {
        if (threshold == null) {
            threshold =
                    Amount.parse(
                            "claimThreshold", thresholdTokens.trim(), chain.rewardTokenDecimals());
        }
        try {
            if (inFlight.resolve(KEY, METRIC) == TxTracker.State.IN_FLIGHT) {
                return;
            }
            Amount claimable = chain.claimable();
            lastClaimable = claimable;
            if (claimable.isZero() || claimable.compareTo(threshold) < 0) {
                return;
            }
            TxHash hash;
            try {
                hash = chain.submitClaim();
            } catch (ContractRevertException e) {
                inFlight.count(METRIC, "dry_run_reverted");
                LOG.info("claim not sent: {}", e.getMessage());
                return;
            }
            inFlight.sent(KEY, hash, block, METRIC);
            LOG.info("claiming {} at head {}: {}", claimable, block, hash);
        } finally {
            metrics.pendingTransactions(inFlight.pendingCount());
        }
    }

    @Override
    public Map<String, Object> status() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("claimable", lastClaimable.value().toString());
        out.put("threshold", threshold == null ? null : threshold.value().toString());
        return out;
    }
}
