package dev.baton.agent.sequencer;

import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.runtime.Duty;
import dev.baton.client.StakeBalances;
import io.micrometer.core.instrument.Gauge;
import java.math.BigDecimal;
import java.util.Map;

/**
 * Keeps the stake meters current at each head: {@code
 * baton_agent_sequencer_stake{state="free"|"locked"}} in whole tokens of the bid token, and the
 * credited, unclaimed rewards {@code baton_agent_sequencer_claimable} in whole reward tokens. Two
 * reads, no transaction.
 */
public final class StakeDuty implements Duty {
    private static final String STAKE_HELP =
            "The sequencer's vault stake in the bid token by state (whole tokens)";
    private final SequencerChain chain;
    private volatile double free;
    private volatile double locked;
    private volatile double claimable;
    private Integer stakeDecimals;
    private Integer rewardDecimals;

    public StakeDuty(SequencerChain chain, AgentMetrics metrics) {
        this.chain = chain;
        Gauge.builder("baton.agent.sequencer.stake", this, d -> d.free)
                .tag("state", "free")
                .description(STAKE_HELP)
                .register(metrics.registry());
        Gauge.builder("baton.agent.sequencer.stake", this, d -> d.locked)
                .tag("state", "locked")
                .description(STAKE_HELP)
                .register(metrics.registry());
        Gauge.builder("baton.agent.sequencer.claimable", this, d -> d.claimable)
                .description("Credited, unclaimed rewards (whole reward tokens)")
                .register(metrics.registry());
    }

    @Override
    public String name() {
        return "stake";
    }

    @Override
    public void onHead(long block) {
        if (stakeDecimals == null) {
            stakeDecimals = chain.stakeTokenDecimals();
        }
        if (rewardDecimals == null) {
            rewardDecimals = chain.rewardTokenDecimals();
        }
        StakeBalances stake = chain.stake();
        free = tokens(stake.free().value(), stakeDecimals);
        locked = tokens(stake.locked().value(), stakeDecimals);
        claimable = tokens(chain.claimable().value(), rewardDecimals);
    }

    private static double tokens(java.math.BigInteger units, int decimals) {
        return new BigDecimal(units).movePointLeft(decimals).doubleValue();
    }

    @Override
    public Map<String, Object> status() {
        return Map.of("free", free, "locked", locked, "claimable", claimable);
    }
}
