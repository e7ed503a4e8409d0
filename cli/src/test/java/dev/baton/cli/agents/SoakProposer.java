package dev.baton.cli.agents;

import dev.baton.agent.prover.AttestationOutbox;
import dev.baton.client.market.MarketView;
import dev.baton.client.market.Proposal;
import dev.baton.client.market.ProposerClient;
import dev.baton.client.market.ProverClient;
import dev.baton.client.market.TranscriptStatus;
import dev.baton.errors.BlockMarketRevealTooEarlyException;
import dev.baton.market.BlockReveal;
import dev.baton.market.Bytes32;
import dev.baton.market.SignedAttestation;
import dev.baton.market.SignedVote;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.types.Amount;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The soak's proposer, played by the test on a thread of its own (no proposer agent exists): for
 * each market height in turn it commits a transcript of the two prover agents' votes (and at one
 * height the withholder's too), reveals once the proposal window is over, waits for both agents'
 * attestations in their outboxes and submits the proof, then waits for the keeper to finalise the
 * height. Every send holds {@code gate}, which the test takes before stopping the node, so no
 * transaction of the proposer is in the pool when the node goes down; reads failing while the node
 * is down are retried.
 */
final class SoakProposer implements Runnable {
    static final int PROVER_BPS = 2_500;
    static final Amount BURN = Amount.of(BigInteger.TEN.pow(18));

    /**
     * The height whose transcript carries the withholder's vote: one only, since its slash leaves
     * its bond under the market's minimum and its later votes invalid until it bonds again.
     */
    static final long WITHHELD_HEIGHT = 2;

    private final ProposerClient proposer;
    private final List<ProverClient> voters;
    private final List<Path> outboxes;
    private final int heights;
    private final Lock gate;
    private final long secondsPerHeight;
    final Map<Long, Transcript> transcripts = new ConcurrentHashMap<>();
    volatile Throwable failure;

    /**
     * @param voters the prover agents' clients (their outboxes in {@code outboxes}, same order),
     *     then the withholder's
     */
    SoakProposer(
            ProposerClient proposer,
            List<ProverClient> voters,
            List<Path> outboxes,
            int heights,
            Lock gate,
            long secondsPerHeight) {
        this.proposer = proposer;
        this.voters = voters;
        this.outboxes = outboxes;
        this.heights = heights;
        this.gate = gate;
        this.secondsPerHeight = secondsPerHeight;
    }

    Thread start() {
        Thread thread = new Thread(this, "soak-proposer");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public void run() {
        try {
            MarketView view = proposer.view();
            for (long h = 1; h <= heights; h++) {
                long height = h;
                await("height " + (h - 1) + " finalised", () -> view.headHeight() >= height - 1);
                propose(view, height);
            }
        } catch (Throwable e) {
            failure = e;
        }
    }

    private void propose(MarketView view, long height) throws Exception {
        BlockReveal reveal = BlockReveal.withFreshSecret(Bytes32.random());
        Transcript t = transcript(height, reveal);
        transcripts.put(height, t);
        send(() -> proposer.commit(t, Proposal.of(BURN, PROVER_BPS)));
        await(
                "height " + height + " revealed",
                () -> {
                    if (view.transcript(height, t.proposer(), t.blockCommitment()).status()
                            != TranscriptStatus.COMMITTED) {
                        return true; // revealed by an earlier attempt whose answer was lost
                    }
                    try {
                        send(() -> proposer.reveal(height, reveal));
                        return true;
                    } catch (BlockMarketRevealTooEarlyException e) {
                        return false;
                    }
                });
        List<SignedAttestation> parts = new ArrayList<>();
        for (Path outbox : outboxes) {
            parts.add(AttestationOutbox.read(awaitFile(outbox, "h" + height + "-")));
        }
        Bytes32 root = reveal.txOrderRoot();
        send(
                () ->
                        proposer.submitProof(
                                t, proposer.assembleProof(t, root, parts, p -> Bytes32.random())));
        await(
                "height " + height + " proven",
                () ->
                        view.transcript(height, t.proposer(), t.blockCommitment()).status()
                                != TranscriptStatus.REVEALED);
    }

    /**
     * Height {@value #WITHHELD_HEIGHT}: the agents at nodes 1:0 and 2:2, the withholder at 2:3; any
     * other: the agents at 1:0 and 1:1.
     */
    private Transcript transcript(long height, BlockReveal reveal) {
        boolean withheld = height == WITHHELD_HEIGHT;
        List<TreePosition> nodes =
                withheld
                        ? List.of(
                                TreePosition.of(1, 0), TreePosition.of(2, 2), TreePosition.of(2, 3))
                        : List.of(TreePosition.of(1, 0), TreePosition.of(1, 1));
        List<SignedVote> votes = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            votes.addAll(
                    voters.get(i)
                            .vote(
                                    height,
                                    proposer.address(),
                                    reveal.commitment(),
                                    PROVER_BPS,
                                    List.of(nodes.get(i))));
        }
        return proposer.transcriptBuilder(height, reveal, PROVER_BPS, withheld ? 2 : 1)
                .offerAll(votes)
                .build()
                .orElseThrow();
    }

    private void send(Runnable tx) {
        gate.lock();
        try {
            tx.run();
        } finally {
            gate.unlock();
        }
    }

    /** Polls {@code condition}, a read failing while the node is down counting as not yet. */
    private void await(String what, BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(3 * secondsPerHeight);
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
            } catch (RuntimeException e) {
                // the node is down or restarting: asked again
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the proposer timed out waiting for " + what);
            }
            Thread.sleep(250);
        }
    }

    private Path awaitFile(Path outbox, String prefix) throws InterruptedException {
        Path[] found = new Path[1];
        await(
                "an attestation " + prefix + "* in " + outbox,
                () -> {
                    found[0] = first(outbox, prefix).orElse(null);
                    return found[0] != null;
                });
        return found[0];
    }

    private static Optional<Path> first(Path outbox, String prefix) {
        if (!Files.isDirectory(outbox)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(outbox)) {
            return files.filter(
                            f ->
                                    f.getFileName().toString().startsWith(prefix)
                                            && f.getFileName().toString().endsWith(".json"))
                    .findFirst();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static boolean has(Path outbox, long height) {
        return first(outbox, "h" + height + "-").isPresent();
    }
}
