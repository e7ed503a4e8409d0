package dev.baton.agent.runtime;

import dev.baton.agent.metrics.AgentHttpServer;
import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.store.AgentStore;
import dev.baton.client.auction.ChainHead;
import dev.baton.tx.Clock;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One running agent: its store, meters, loop and (optionally) HTTP endpoint. {@link #run()} blocks
 * until {@link #stop()} (e.g. from a shutdown hook on SIGTERM); {@link #close()} then releases the
 * port and the store.
 */
public final class AgentRuntime implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AgentRuntime.class);

    private final AgentStore store;
    private final AgentMetrics metrics;
    private final AgentStatus status;
    private final AgentLoop loop;
    private final AgentHttpServer http;
    private final java.util.concurrent.atomic.AtomicBoolean closed =
            new java.util.concurrent.atomic.AtomicBoolean();

    private AgentRuntime(
            AgentStore store,
            AgentMetrics metrics,
            AgentStatus status,
            AgentLoop loop,
            AgentHttpServer http) {
        this.store = store;
        this.metrics = metrics;
        this.status = status;
        this.loop = loop;
        this.http = http;
    }

    /**
     * Assembles an agent named {@code name}: {@code duties} builds its duties from the store and
     * meters; {@code metricsPort} null serves no HTTP endpoint, 0 any free port.
     */
    public static AgentRuntime assemble(
            String name,
            AgentStore store,
            ChainHead head,
            Clock clock,
            Duration pollInterval,
            Integer metricsPort,
            Function<AgentMetrics, List<Duty>> duties) {
        AgentMetrics metrics = new AgentMetrics(name);
        AgentStatus status = new AgentStatus(name, clock.millis());
        AgentLoop loop =
                new AgentLoop(head, duties.apply(metrics), clock, pollInterval, metrics, status);
        long staleMillis = Math.max(30_000, pollInterval.toMillis() * 10);
        AgentHttpServer http =
                metricsPort == null
                        ? null
                        : AgentHttpServer.start(
                                metricsPort, metrics, status, loop::duties, clock, staleMillis);
        if (http != null) {
            LOG.info(
                    "agent {}: status page, /metrics, /health and /status on http://127.0.0.1:{}/",
                    name,
                    http.port());
        }
        return new AgentRuntime(store, metrics, status, loop, http);
    }

    /** Runs the loop on the calling thread until {@link #stop()}. */
    public void run() {
        LOG.info("agent {} started", status.agent());
        loop.run();
        LOG.info("agent {} stopped at block {}", status.agent(), status.lastBlock());
    }

    public void stop() {
        loop.stop();
    }

    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return loop.awaitStopped(timeout);
    }

    public AgentLoop loop() {
        return loop;
    }

    public AgentMetrics metrics() {
        return metrics;
    }

    public AgentStatus status() {
        return status;
    }

    /** The HTTP port, or -1 when none is served. */
    public int httpPort() {
        return http == null ? -1 : http.port();
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stop();
        if (http != null) {
            http.close();
        }
        store.close();
    }
}
