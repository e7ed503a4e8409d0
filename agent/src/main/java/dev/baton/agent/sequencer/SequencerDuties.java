package dev.baton.agent.sequencer;

import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.operator.SealChain;
import dev.baton.agent.operator.SealEpochsDuty;
import dev.baton.agent.runtime.Duty;
import dev.baton.agent.store.AgentStore;
import dev.baton.client.auction.BatchSource;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The sequencer agent's duties in the order they run at each head: bid, seal (only with {@code
 * sealIfNobodyElse}), publish, settle, claim, and the stake meters. A delegating agent ({@code
 * bid.delegateTo}) has no slots of its own: it bids and claims.
 */
public final class SequencerDuties {
    private SequencerDuties() {}

    public static List<Duty> of(
            SequencerAgentConfig config,
            SequencerChain chain,
            SealChain seal,
            BatchSource batches,
            AgentStore store,
            AgentMetrics metrics) {
        String agent = config.name();
        List<Duty> duties = new ArrayList<>();
        duties.add(new BidDuty(agent, chain, store, metrics, config.bid()));
        if (config.sealIfNobodyElse()) {
            AtomicLong head = new AtomicLong(-1);
            duties.add(
                    new SeenHead(
                            head,
                            new SealEpochsDuty(
                                    agent,
                                    new LastCallSealChain(seal, head::get),
                                    store,
                                    metrics)));
        }
        if (config.bid().delegateTo() == null) {
            duties.add(
                    new PublishDuty(
                            agent, chain, store, metrics, batches, config.publishInOpenMode()));
            duties.add(new SettleDuty(agent, chain, store, metrics));
        }
        duties.add(new ClaimDuty(agent, chain, store, metrics, config.claimThreshold()));
        duties.add(new StakeDuty(chain, metrics));
        return List.copyOf(duties);
    }

    /** The configured batch source; null when the agent publishes nothing (a delegating agent). */
    public static BatchSource batchSource(SequencerAgentConfig config, Path configDir) {
        BatchSourceConfig source = config.batches();
        if (source == null) {
            return null;
        }
        if (source.directory() != null) {
            return new DirectoryBatchSource(configDir.resolve(source.directory()));
        }
        return new HttpBatchSource(URI.create(source.http()), Duration.ofSeconds(5));
    }

    /**
     * Tells the last-call seal chain which head the seal duty is acting on (no extra read of the
     * node).
     */
    private record SeenHead(AtomicLong head, Duty duty) implements Duty {
        @Override
        public String name() {
            return duty.name();
        }

        @Override
        public void onHead(long block) {
            head.set(block);
            duty.onHead(block);
        }

        @Override
        public Map<String, Object> status() {
            return duty.status();
        }
    }
}
