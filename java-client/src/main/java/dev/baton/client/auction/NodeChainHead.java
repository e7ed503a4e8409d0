package dev.baton.client.auction;

import dev.baton.tx.EthNode;
import java.time.Duration;

/** The chain head of a node, polled at a fixed interval. */
public final class NodeChainHead implements ChainHead {
    private final EthNode node;
    private final Duration pollInterval;

    public NodeChainHead(EthNode node, Duration pollInterval) {
        this.node = node;
        this.pollInterval = pollInterval;
    }

    @Override
    public long latestBlock() {
        return node.blockNumber();
    }

    @Override
    public void awaitBlockAfter(long block) throws InterruptedException {
        long deadline = System.nanoTime() + pollInterval.toNanos() * 20;
        while (node.blockNumber() <= block && System.nanoTime() < deadline) {
            Thread.sleep(pollInterval);
        }
    }
}
