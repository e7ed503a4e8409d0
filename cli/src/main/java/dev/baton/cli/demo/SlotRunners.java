package dev.baton.cli.demo;

import dev.baton.cli.progress.ProgressSink;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.NodeChainHead;
import dev.baton.client.auction.ScheduledSlot;
import dev.baton.client.auction.SequencerClient;
import dev.baton.client.auction.SlotOutcome;
import dev.baton.types.Address;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The epoch's slots in real time: the devnet mines on an interval and each active sequencer's
 * runner publishes a batch in each of its slots, all runners side by side. Returns the slots
 * published.
 */
final class SlotRunners {
    /**
     * One block per interval: long enough for every runner to see the head and land its publish in
     * the next block.
     */
    private static final long BLOCK_MILLIS = 400;

    private static final Duration POLL = Duration.ofMillis(25);

    private final DemoSession session;
    private final Address auction;
    private final AuctionTimeline timeline;
    private final ProgressSink.Phase progress;

    SlotRunners(
            DemoSession session,
            Address auction,
            AuctionTimeline timeline,
            ProgressSink.Phase progress) {
        this.session = session;
        this.auction = auction;
        this.timeline = timeline;
        this.progress = progress;
    }

    Set<Integer> run(List<Participant> active, long epoch) {
        session.chain().mineUntil(timeline.slots(epoch).start() - 2);
        Set<Integer> published = new TreeSet<>();
        ExecutorService pool = Executors.newFixedThreadPool(active.size());
        session.chain().intervalMining(BLOCK_MILLIS);
        try {
            Map<Participant, Future<List<SlotOutcome>>> running = new LinkedHashMap<>();
            for (Participant participant : active) {
                SequencerClient client = session.as(participant).sequencer(auction);
                List<ScheduledSlot> mine = client.mySlots(epoch);
                var runner =
                        client.runner(
                                new NodeChainHead(
                                        session.as(participant).transactor().node(), POLL),
                                SlotRunners::batchHash,
                                outcome -> {});
                running.put(participant, pool.submit(() -> runner.run(mine)));
            }
            long timeoutMillis = BLOCK_MILLIS * (timeline.epochLength() + 20);
            for (var entry : running.entrySet()) {
                List<SlotOutcome> outcomes =
                        entry.getValue().get(timeoutMillis, TimeUnit.MILLISECONDS);
                long done =
                        outcomes.stream()
                                .filter(o -> o.status() == SlotOutcome.Status.PUBLISHED)
                                .peek(o -> published.add(o.slot().slot()))
                                .count();
                progress.step(
                        entry.getKey().name()
                                + " published "
                                + done
                                + "/"
                                + outcomes.size()
                                + " of its slots");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the sequencers published", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "a sequencer runner failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "the sequencer runners did not finish epoch " + epoch + " in time", e);
        } finally {
            pool.shutdownNow();
            session.chain().automine();
        }
        return published;
    }

    /** A stand-in batch hash: the epoch and slot, so each batch is distinct. */
    private static byte[] batchHash(ScheduledSlot slot) {
        return ByteBuffer.allocate(32).putLong(24, slot.epoch() << 16 | slot.slot()).array();
    }
}
