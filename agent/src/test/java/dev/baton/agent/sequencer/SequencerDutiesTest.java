package dev.baton.agent.sequencer;

import static dev.baton.agent.sequencer.FakeAuctionNode.ME;
import static dev.baton.agent.sequencer.FakeAuctionNode.OTHER;
import static dev.baton.agent.sequencer.FakeAuctionNode.REWARD;
import static dev.baton.agent.sequencer.FakeAuctionNode.TIMELINE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.client.auction.BidEntry;
import dev.baton.client.auction.ScheduledSlot;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SequencerDutiesTest {
    static final String FIXED = "store: s.db\nbid:\n  fixed: 200\nbatches:\n  directory: unused\n";

    @TempDir Path dir;
    final FakeAuctionNode node = new FakeAuctionNode();
    boolean competitor = true;
    long unsealed = -1;

    /**
     * A keeper seals each epoch in the first block of its window (its seal is in the pool when the
     * head is the block before) and a competitor bids at each bidding start.
     */
    private void world(long head) {
        for (long epoch = 0; epoch < 8; epoch++) {
            if (TIMELINE.seal(epoch).start() == head + 1 && epoch != unsealed) {
                node.sealByKeeper(epoch);
            }
            if (competitor && TIMELINE.bidding(epoch).start() == head) {
                node.bidAs(OTHER, epoch, 300);
            }
        }
    }

    private void run(SequencerHarness agent, long from, long to) {
        for (long block = from; block <= to; block++) {
            world(block);
            agent.head(block);
            node.mine();
        }
    }

    private List<String> ownSlotKeys(long epoch) {
        return node.slotMap(epoch).slotsOf(ME).stream()
                .map(s -> "publish " + s.epoch() + "/" + s.slot())
                .toList();
    }

    @Test
    void eachEpochBidsOncePublishesEveryOwnSlotOnceSettlesOnceAndClaims() {
        try (SequencerHarness agent = new SequencerHarness(node, dir.resolve("s.db"), FIXED)) {
            run(agent, 9, 44);
            assertThat(node.count("bid ")).isEqualTo(5); // epochs 0-4 (epoch 4 bids in [42, 46))
            List<String> expected = new ArrayList<>();
            for (long epoch = 0; epoch < 3; epoch++) {
                expected.addAll(ownSlotKeys(epoch));
            }
            assertThat(expected).isNotEmpty();
            assertThat(
                            node.sent.stream()
                                    .filter(
                                            s ->
                                                    s.startsWith("publish ")
                                                            && !s.startsWith("publish 3/")))
                    .containsExactlyElementsOf(expected);
            assertThat(node.sent.stream().filter(s -> !s.startsWith("claim ")))
                    .doesNotHaveDuplicates(); // claims may repeat an amount
            for (long epoch = 0; epoch < 3; epoch++) {
                assertThat(node.entries(epoch))
                        .filteredOn(e -> e.sequencer().equals(ME))
                        .allSatisfy(e -> assertThat(e.settled()).isTrue());
            }
            BigInteger claimed =
                    node.sent.stream()
                            .filter(s -> s.startsWith("claim "))
                            .map(s -> new BigInteger(s.substring(6)))
                            .reduce(BigInteger.ZERO, BigInteger::add);
            long publishedAndSettled =
                    node.sent.stream()
                            .filter(s -> s.startsWith("publish ") && !s.startsWith("publish 3/"))
                            .count();
            assertThat(claimed.add(node.claimable))
                    .isEqualTo(REWARD.multiply(BigInteger.valueOf(publishedAndSettled)));
            assertThat(agent.counter(PublishDuty.SLOTS, "published"))
                    .isEqualTo(publishedAndSettled + countPublished(3));
            assertThat(agent.counter(PublishDuty.SLOTS, "missed")).isZero();
            assertThat(agent.counter(SettleDuty.METRIC, "confirmed"))
                    .isEqualTo(node.count("settle "));
            assertThat(agent.metrics.scrape())
                    .contains(
                            "baton_agent_sequencer_stake{agent=\"sequencer\",state=\"locked\"} 1000.0");
        }
    }

    private long countPublished(long epoch) {
        return node.sent.stream().filter(s -> s.startsWith("publish " + epoch + "/")).count();
    }

    /**
     * Epoch 0 elected, the agent run to two heads before its first own slot's first block; that
     * slot.
     */
    private ScheduledSlot runToJustBeforeFirstOwnSlot(SequencerHarness agent) {
        run(agent, 9, 15);
        ScheduledSlot first = node.slotMap(0).slotsOf(ME).get(0);
        run(agent, 16, TIMELINE.slot(0, first.slot()).start() - 2);
        return first;
    }

    @Test
    void aRestartWithAPublishInFlightWaitsForItAndNeverSendsItAgain() {
        try (SequencerHarness agent = new SequencerHarness(node, dir.resolve("s.db"), FIXED)) {
            ScheduledSlot first = runToJustBeforeFirstOwnSlot(agent);
            long head = TIMELINE.slot(0, first.slot()).start() - 1;
            world(head);
            agent.head(head); // sends the publish; the node has not mined it when the agent dies
            assertThat(node.count("publish ")).isEqualTo(1);
            agent.restart();
            agent.head(head);
            agent.head(head + 1);
            assertThat(node.count("publish "))
                    .as("in flight: waited for, not re-sent")
                    .isEqualTo(1);
            assertThat(agent.store.allPending("sequencer")).hasSize(1);
            node.mine();
            run(agent, head + 2, 23); // epoch 0's slots only (epoch 1's first is sent at head 24)
            assertThat(node.sent.stream().filter(s -> s.startsWith("publish 0/")))
                    .containsExactlyElementsOf(ownSlotKeys(0));
            assertThat(agent.counter(PublishDuty.METRIC, "confirmed"))
                    .isEqualTo(ownSlotKeys(0).size());
        }
    }

    @Test
    void aSendWhoseRecordWasLostToACrashIsSeenOnChainAndNotRepeated() {
        try (SequencerHarness agent = new SequencerHarness(node, dir.resolve("s.db"), FIXED)) {
            ScheduledSlot first = runToJustBeforeFirstOwnSlot(agent);
            long head = TIMELINE.slot(0, first.slot()).start() - 1;
            agent.restart(); // the agent sent the publish and died before writing it down
            node.pendingBlock = head + 1;
            node.submitPublish(first, SequencerHarness.batchOf(first));
            run(
                    agent, head,
                    24); // epoch 0's slots (at head 24 epoch 1's first is sent, not yet counted)
            assertThat(node.sent.stream().filter(s -> s.startsWith("publish 0/")))
                    .containsExactlyElementsOf(ownSlotKeys(0));
            assertThat(agent.counter(PublishDuty.SLOTS, "published"))
                    .isEqualTo(ownSlotKeys(0).size());
        }
    }

    @Test
    void slotsWhoseBlocksPassWhileTheAgentIsDownAreCountedMissedAndTheRestPublished() {
        // every slot of epoch 0 is this agent's: [17, 19), [19, 21), [21, 23), [23, 25)
        competitor = false;
        try (SequencerHarness agent = new SequencerHarness(node, dir.resolve("s.db"), FIXED)) {
            run(agent, 9, 18);
            agent.restart();
            for (long block = 19;
                    block <= 22;
                    block++) { // down for heads 19-22: the chain moves on without it
                world(block);
                node.pendingBlock = block + 1;
                node.mine();
            }
            run(agent, 23, 24);
            assertThat(node.slotMap(0).slotsOf(ME)).hasSize(4);
            assertThat(List.of(0, 1, 2, 3))
                    .map(slot -> node.isPublished(0, slot))
                    .containsExactly(true, true, false, true);
            assertThat(agent.counter(PublishDuty.SLOTS, "missed"))
                    .as("slot 2's blocks passed while down")
                    .isEqualTo(1);
            // after the restart: slot 1 (sent at head 18, confirmed once back) and slot 3
            assertThat(agent.counter(PublishDuty.SLOTS, "published")).isEqualTo(2);
            assertThat(node.sent).doesNotHaveDuplicates();
        }
    }

    @Test
    void noBatchForASlotMeansItIsAskedAgainEachHeadThenMissed() {
        String yaml = FIXED;
        try (SequencerHarness agent =
                new SequencerHarness(
                        node,
                        dir.resolve("s.db"),
                        yaml,
                        slot -> {
                            throw new BatchNotReadyException("nothing yet");
                        })) {
            run(agent, 9, 26);
            assertThat(node.count("publish ")).isZero();
            assertThat(agent.counter(PublishDuty.SLOTS, "missed"))
                    .isEqualTo(node.slotMap(0).slotsOf(ME).size());
            assertThat(node.count("settle 0/"))
                    .as("the entry still settles: its stake lock is released by it")
                    .isEqualTo(1);
        }
    }

    @Test
    void anOpenModeEpochIsPublishedInEverySlotOnceWhenAllowedAndLeftAloneByDefault() {
        unsealed = 1; // nobody seals epoch 1: its slots [25, 33) run in open mode
        String open = FIXED + "publishInOpenMode: true\n";
        try (SequencerHarness agent = new SequencerHarness(node, dir.resolve("s.db"), open)) {
            run(agent, 9, 26);
            // Someone else publishes slot 2 first (its batch in the pool before the agent looks).
            node.published.add("1/2");
        }
        // A restart mid-epoch, on the same store: slots 0 and 1 are done, the rest served once.
        try (SequencerHarness agent = new SequencerHarness(node, dir.resolve("s.db"), open)) {
            run(agent, 27, 40);
            assertThat(node.sent.stream().filter(s -> s.startsWith("publish 1/")).toList())
                    .containsExactly("publish 1/0", "publish 1/1", "publish 1/3");
            assertThat(agent.counter(PublishDuty.OPEN_SLOTS, "published")).isEqualTo(2);
            assertThat(agent.counter(PublishDuty.OPEN_SLOTS, "taken")).isEqualTo(1);
            assertThat(agent.counter(PublishDuty.SLOTS, "won"))
                    .as("open-mode slots are nobody's: only elected epochs 2 and 3 count won")
                    .isEqualTo(
                            node.slotMap(2).slotsOf(ME).size()
                                    + node.slotMap(3).slotsOf(ME).size());
        }
        FakeAuctionNode fresh = new FakeAuctionNode();
        try (SequencerHarness agent =
                new SequencerHarness(fresh, dir.resolve("default.db"), FIXED)) {
            for (long block = 9; block <= 34; block++) {
                if (TIMELINE.seal(0).start() == block + 1) {
                    fresh.sealByKeeper(0);
                }
                agent.head(block);
                fresh.mine();
            }
            assertThat(fresh.count("publish 1/"))
                    .as("publishInOpenMode defaults to false")
                    .isZero();
            assertThat(fresh.count("publish 0/")).isEqualTo(fresh.slotMap(0).slotsOf(ME).size());
        }
    }

    @Test
    void aDroppedPublishIsSentAgainWhileItsSlotLasts() {
        try (SequencerHarness agent = new SequencerHarness(node, dir.resolve("s.db"), FIXED)) {
            ScheduledSlot first = runToJustBeforeFirstOwnSlot(agent);
            long head = TIMELINE.slot(0, first.slot()).start() - 1;
            world(head);
            agent.head(head);
            node.drop(node.pool.keySet().iterator().next());
            agent.head(head + 1); // still inside the slot's two blocks
            node.mine();
            assertThat(node.count("publish 0/" + first.slot())).isEqualTo(2);
            assertThat(node.isPublished(0, first.slot())).isTrue();
            assertThat(agent.counter(PublishDuty.METRIC, "dropped")).isEqualTo(1);
        }
    }

    @Test
    void anEpochAlreadyBidByThisAccountCostsNoTransaction() {
        try (SequencerHarness agent = new SequencerHarness(node, dir.resolve("s.db"), FIXED)) {
            node.pendingBlock = 10;
            node.submitBid(
                    0, dev.baton.types.Amount.of(50)); // e.g. by hand with `baton auction bid`
            node.mine();
            run(agent, 9, 13);
            assertThat(node.count("bid 0")).isEqualTo(1);
            assertThat(agent.counter(BidDuty.METRIC, "skipped_already_bid")).isEqualTo(1);
        }
    }

    @Test
    void aShareOfFreeStakeIsCappedAndBelowTheMinimumNoBidIsSent() {
        String yaml =
                "store: s.db\nbid:\n  shareOfFreeStakeBps: 5000\n  min: 120\n  max: 300\nbatches:\n  directory: d\n";
        try (SequencerHarness agent = new SequencerHarness(node, dir.resolve("s.db"), yaml)) {
            run(agent, 9, 45);
            // free 1000 -> 300 (max), 700 -> 300, 400 -> 200, 200 -> 100 < min: no bid in epochs 3
            // and 4 (the fake never unlocks: the stake stays 200)
            assertThat(node.sent.stream().filter(s -> s.startsWith("bid ")))
                    .containsExactly("bid 0 300", "bid 1 300", "bid 2 200");
            assertThat(agent.counter(BidDuty.METRIC, "skipped_insufficient_stake")).isEqualTo(2);
        }
    }

    @Test
    void aDelegatingAgentBidsForItsSequencerAndPublishesNothing() {
        String yaml =
                "store: s.db\nbid:\n  fixed: 100\n  delegateTo: '"
                        + OTHER
                        + "'\n  maxCommissionBps: 500\n";
        try (SequencerHarness agent = new SequencerHarness(node, dir.resolve("s.db"), yaml)) {
            run(agent, 9, 20);
            assertThat(node.sent).containsExactly("bidFor 0 100", "bidFor 1 100");
            List<BidEntry> entries = node.entries(0);
            assertThat(entries).anySatisfy(e -> assertThat(e.delegator()).isEqualTo(ME));
        }
    }

    @Test
    void sealIfNobodyElseSealsAnUnsealedEpochAndLeavesASealedOneAlone() {
        String yaml = FIXED + "sealIfNobodyElse: true\n";
        try (SequencerHarness agent = new SequencerHarness(node, dir.resolve("s.db"), yaml)) {
            for (long block = 9;
                    block <= 16;
                    block++) { // the window [15, 17) is two blocks: both are its last two
                if (block == 10) {
                    node.bidAs(OTHER, 0, 300);
                }
                agent.head(block);
                node.mine();
            }
            assertThat(node.sent).contains("seal 0");
            int at = node.sent.indexOf("seal 0");
            assertThat(at).isEqualTo(node.sent.size() - 1);
            assertThat(node.status(0)).isEqualTo(dev.baton.client.auction.EpochStatus.ELECTED);
            run(agent, 17, 24); // epoch 1: the keeper seals it first, so the agent does not
            assertThat(node.count("seal 1")).isZero();
        }
    }

    @Test
    void aBiddingWindowThatPassedWhileDownIsCountedMissedAndTheNextEpochIsBid() {
        try (SequencerHarness agent = new SequencerHarness(node, dir.resolve("s.db"), FIXED)) {
            agent.head(
                    8); // before epoch 0's bidding (its bid would go at head 9): nothing to do yet
            agent.restart();
            for (long block = 9;
                    block <= 15;
                    block++) { // down for all of epoch 0's bidding [10, 14)
                world(block);
                node.pendingBlock = block + 1;
            }
            run(agent, 16, 18);
            assertThat(node.sent.stream().filter(s -> s.startsWith("bid ")))
                    .containsExactly("bid 1 200");
            assertThat(agent.counter(BidDuty.METRIC, "missed")).isEqualTo(1);
            assertThat(agent.counter(PublishDuty.SLOTS, "won"))
                    .as("epoch 0 elected without this agent")
                    .isZero();
        }
    }

    @Test
    void claimsOnlyOnceTheCreditReachesTheThreshold() {
        competitor = false; // all 4 slots of each epoch: 28 credited per settled epoch
        try (SequencerHarness agent =
                new SequencerHarness(node, dir.resolve("s.db"), FIXED + "claimThreshold: 50\n")) {
            run(agent, 9, 36); // epochs 0 and 1 settled: 28, then 56
            assertThat(node.sent.stream().filter(s -> s.startsWith("claim ")))
                    .containsExactly("claim 56");
            assertThat(node.claimable).isZero();
            assertThat(agent.counter(ClaimDuty.METRIC, "confirmed")).isEqualTo(1);
        }
    }
}
