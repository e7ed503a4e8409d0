package dev.baton.tx;

import java.time.Duration;

/**
 * Applies a {@link FeePolicy} to the node's fee history, reusing one snapshot for {@code refresh}
 * to spare the node.
 */
public final class FeeOracle {
    private final EthNode node;
    private final FeePolicy policy;
    private final Clock clock;
    private final RetryPolicy retry;
    private FeePolicy.Fees cached;
    private long cachedAt;

    public FeeOracle(EthNode node, FeePolicy policy, Clock clock, RetryPolicy retry) {
        this.node = node;
        this.policy = policy;
        this.clock = clock;
        this.retry = retry;
    }

    public synchronized FeePolicy.Fees current() {
        long now = clock.millis();
        if (cached == null || now - cachedAt >= policy.refresh().toMillis()) {
            FeeHistory history =
                    retry.call(
                            clock,
                            () ->
                                    node.feeHistory(
                                            policy.historyBlocks(), policy.rewardPercentile()));
            cached = policy.feesFrom(history);
            cachedAt = now;
        }
        return cached;
    }

    Duration refresh() {
        return policy.refresh();
    }
}
