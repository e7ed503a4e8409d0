package dev.baton.agent.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An agent's meters, in one Prometheus registry tagged with the agent's name. Every agent has the
 * runtime's meters ({@code baton_agent_last_block}, {@code baton_agent_rpc_errors_total}, {@code
 * baton_agent_duty_errors_total}, {@code baton_agent_pending_transactions}); duties add theirs
 * through {@link #counter}.
 */
public final class AgentMetrics {
    private final PrometheusMeterRegistry registry =
            new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicLong lastBlock = new AtomicLong(-1);
    private final AtomicLong pending = new AtomicLong();
    private final Counter rpcErrors;

    public AgentMetrics(String agent) {
        registry.config().commonTags("agent", agent);
        Gauge.builder("baton.agent.last.block", lastBlock, AtomicLong::get)
                .description("The latest L1 block the agent saw")
                .register(registry);
        Gauge.builder("baton.agent.pending.transactions", pending, AtomicLong::get)
                .description("Transactions sent and not yet seen mined")
                .register(registry);
        rpcErrors =
                Counter.builder("baton.agent.rpc.errors")
                        .description("Failed reads of the chain head")
                        .register(registry);
    }

    public void lastBlock(long block) {
        lastBlock.set(block);
    }

    public void pendingTransactions(long count) {
        pending.set(count);
    }

    /** The pending-transactions gauge's value. */
    public long pendingTransactions() {
        return pending.get();
    }

    public void rpcError() {
        rpcErrors.increment();
    }

    public void dutyError(String duty) {
        counter("baton.agent.duty.errors", "duty", duty).increment();
    }

    /**
     * A counter of this agent (created on first use), e.g. {@code counter("baton.agent.seal",
     * "outcome", "sent")}.
     */
    public Counter counter(String name, String... tags) {
        return registry.counter(name, tags);
    }

    /** The Prometheus text exposition of every meter. */
    public String scrape() {
        return registry.scrape();
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }
}
