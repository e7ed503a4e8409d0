package dev.baton.agent.sequencer;

import dev.baton.agent.config.AgentConfigFile;
import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.runtime.Duty;
import dev.baton.agent.store.SqliteAgentStore;
import dev.baton.client.auction.BatchSource;
import dev.baton.client.auction.ScheduledSlot;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;

/**
 * One sequencer agent's duties on a {@link FakeAuctionNode}, run head by head as the agent loop
 * would, with a store file that survives {@link #restart()} (a kill -9: nothing but the store and
 * the chain is kept).
 */
final class SequencerHarness implements AutoCloseable {
    final FakeAuctionNode node;
    private final Path storeFile;
    private final SequencerAgentConfig config;
    private final BatchSource batches;
    SqliteAgentStore store;
    AgentMetrics metrics;
    List<Duty> duties;

    SequencerHarness(FakeAuctionNode node, Path storeFile, String yaml, BatchSource batches) {
        this.node = node;
        this.storeFile = storeFile;
        this.config = AgentConfigFile.parse("seq.yaml", yaml, SequencerAgentConfig.class);
        this.batches = batches;
        start();
    }

    SequencerHarness(FakeAuctionNode node, Path storeFile, String yaml) {
        this(node, storeFile, yaml, SequencerHarness::batchOf);
    }

    static byte[] batchOf(ScheduledSlot slot) {
        return ByteBuffer.allocate(32).putLong(24, slot.epoch() * 1_000 + slot.slot()).array();
    }

    private void start() {
        store = SqliteAgentStore.open(storeFile);
        metrics = new AgentMetrics(config.name());
        duties = SequencerDuties.of(config, node, node, batches, store, metrics);
    }

    /** The agent sees head {@code block}: the node's pending block is the next one. */
    void head(long block) {
        node.pendingBlock = block + 1;
        for (Duty duty : duties) {
            duty.onHead(block);
        }
    }

    /** Killed and started again on the same store (fresh meters, fresh memory). */
    void restart() {
        store.close();
        start();
    }

    double counter(String name, String outcome) {
        var counter = metrics.registry().find(name).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    @Override
    public void close() {
        store.close();
    }
}
