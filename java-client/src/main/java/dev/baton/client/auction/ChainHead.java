package dev.baton.client.auction;

/**
 * Where the runner learns the chain's progress: the latest block, and a wait for the next one. The
 * production implementation polls the node; unit tests drive a fake chain block by block.
 */
public interface ChainHead {
    /** The latest block number. */
    long latestBlock();

    /**
     * Returns once a block after {@code block} exists (or after the implementation's poll interval,
     * whichever first).
     */
    void awaitBlockAfter(long block) throws InterruptedException;
}
