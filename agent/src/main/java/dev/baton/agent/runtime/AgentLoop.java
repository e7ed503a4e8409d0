package dev.baton.agent.runtime;

import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.client.auction.ChainHead;
import dev.baton.tx.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An agent's main loop: polls the chain head every {@code pollInterval} and, on each new head, runs
 * every duty once. Heads skipped between two polls are not replayed (duties catch up from their own
 * cursors). A failing node or duty is counted and retried at the next poll; the loop never exits on
 * an error, only on {@link #stop()}.
 */
public final class AgentLoop implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(AgentLoop.class);

    private final ChainHead head;
    private final List<Duty> duties;
    private final Clock clock;
    private final Duration pollInterval;
    private final AgentMetrics metrics;
    private final AgentStatus status;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopRequested;
    private long lastHandled = -1;

    public AgentLoop(
            ChainHead head,
            List<Duty> duties,
            Clock clock,
            Duration pollInterval,
            AgentMetrics metrics,
            AgentStatus status) {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("poll interval " + pollInterval);
        }
        this.head = head;
        this.duties = List.copyOf(duties);
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.metrics = metrics;
        this.status = status;
    }

    public List<Duty> duties() {
        return duties;
    }

    @Override
    public void run() {
        try {
            while (!stopRequested) {
                pollOnce();
                if (stopRequested) {
                    break;
                }
                try {
                    clock.sleep(pollInterval);
                } catch (RuntimeException interrupted) {
                    if (stopRequested) {
                        break;
                    }
                    throw interrupted;
                }
            }
        } finally {
            stopped.countDown();
        }
    }

    /**
     * One poll: reads the head and, when it is new, runs the duties. Returns whether the duties
     * ran.
     */
    public boolean pollOnce() {
        long block;
        try {
            block = head.latestBlock();
        } catch (RuntimeException e) {
            metrics.rpcError();
            status.failed("head: " + e.getMessage());
            LOG.warn("cannot read the chain head: {}", e.getMessage());
            return false;
        }
        status.sawHead(block, clock.millis());
        metrics.lastBlock(block);
        if (block <= lastHandled) {
            return false;
        }
        for (Duty duty : duties) {
            if (stopRequested) {
                return false;
            }
            try {
                duty.onHead(block);
            } catch (RuntimeException e) {
                metrics.dutyError(duty.name());
                status.failed(duty.name() + ": " + e.getMessage());
                LOG.warn("duty {} failed at block {}: {}", duty.name(), block, e.toString());
            }
        }
        lastHandled = block;
        return true;
    }

    /** Asks the loop to finish: the duty under way completes, no new one starts. */
    public void stop() {
        stopRequested = true;
        status.stopping();
    }

    /** Waits until {@link #run()} returned, at most {@code timeout}; returns whether it did. */
    public boolean awaitStopped(Duration timeout) throws InterruptedException {
        return stopped.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }
}
