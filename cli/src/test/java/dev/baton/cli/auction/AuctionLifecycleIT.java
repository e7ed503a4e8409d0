package dev.baton.cli.auction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.client.Baton;
import dev.baton.client.auction.AuctionOperatorClient;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.AuctionView;
import dev.baton.client.auction.BidEntry;
import dev.baton.client.auction.EpochInfo;
import dev.baton.client.auction.EpochSlotMap;
import dev.baton.client.auction.NodeChainHead;
import dev.baton.client.auction.ScheduledSlot;
import dev.baton.client.auction.SequencerClient;
import dev.baton.client.auction.SlotOutcome;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.junit.BatonDevnet;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevKeySigner;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.ChainId;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A whole epoch on a real Hardhat devnet: 8 sequencers of unequal stake (one also backed by a
 * delegator) bid, the epoch is sealed, every sequencer's runner publishes in its slots except one
 * that idles on purpose, all settle, and the claims equal r × published slots exactly. The Java
 * schedule must equal {@code sequencerOf} on every slot.
 */
class AuctionLifecycleIT {
    private static final BigInteger TOKEN = BigInteger.TEN.pow(18);
    private static final int SLOTS = 32;
    private static final long SLOT_LENGTH = 2;
    private static final long BID_WINDOW = 40;
    private static final long SEAL_WINDOW = 4;
    private static final long[] STAKES = {400, 300, 250, 200, 150, 120, 100, 80};
    private static final long DELEGATED = 200;
    private static final int COMMISSION_BPS = 1_000;
    private static final int IDLE = 3; // the sequencer (index into STAKES) that publishes nothing
    private static final BigInteger REWARD = TOKEN.multiply(BigInteger.TEN);

    @Test
    @BatonDevnet
    void epochLifecycleWithRunnersAnIdleSequencerAndExactClaims(
            Devnet devnet, DeploymentManifest manifest) throws Exception {
        Address btn = Address.of(manifest.token("BTN"));
        List<Baton> sequencers = new ArrayList<>();
        for (int i = 0; i < STAKES.length; i++) {
            sequencers.add(connect(devnet, manifest, 1 + i));
        }
        Baton delegator = connect(devnet, manifest, 1 + STAKES.length);
        Baton operator = connect(devnet, manifest, 0);
        for (Baton staker : sequencers) {
            staker.stake().deposit(btn, Amount.of(TOKEN.multiply(BigInteger.valueOf(1000))));
        }
        delegator.stake().deposit(btn, Amount.of(TOKEN.multiply(BigInteger.valueOf(1000))));

        // Genesis 3 blocks after initialisation: the vault authorisation and the commission come
        // first.
        Address auction =
                Address.of(
                        SlotAuctionFixture.deploy(
                                devnet,
                                manifest,
                                3,
                                SLOTS,
                                SLOT_LENGTH,
                                BID_WINDOW,
                                SEAL_WINDOW,
                                60,
                                new SlotAuctionFixture.Economics(TOKEN, REWARD, 1)));
        SequencerClient first = sequencers.get(0).sequencer(auction);
        first.setCommission(
                COMMISSION_BPS); // before epoch 0's bidding opens: applies to its delegated entry
        first.setDelegationOpen(true); // consent to be delegated to

        // Bidding: one entry per sequencer, plus the delegator's entry for sequencer 0.
        for (int i = 0; i < STAKES.length; i++) {
            sequencers
                    .get(i)
                    .sequencer(auction)
                    .bid(0, btn, Amount.of(TOKEN.multiply(BigInteger.valueOf(STAKES[i]))));
        }
        int delegatedEntry =
                delegator
                        .sequencer(auction)
                        .bidFor(
                                0,
                                sequencers.get(0).account(),
                                btn,
                                Amount.of(TOKEN.multiply(BigInteger.valueOf(DELEGATED))),
                                10_000);
        AuctionOperatorClient ops = operator.auctionOperator(auction);
        ops.fundRewards(Amount.of(REWARD.multiply(BigInteger.valueOf(SLOTS * 2))));

        AuctionTimeline timeline = ops.view().timeline();
        mineUntil(devnet, timeline.seal(0).start() - 1);
        EpochInfo sealed = ops.seal(0);
        assertThat(sealed.isElected()).isTrue();
        assertThat(sealed.entries()).isEqualTo(STAKES.length + 1);

        // The off-chain schedule (one pass) equals the contract's sequencerOf on every slot.
        AuctionView view = ops.view();
        EpochSlotMap map = view.slotMap(0);
        for (int slot = 0; slot < SLOTS; slot++) {
            assertThat(map.sequencerOf(slot))
                    .as("slot %d", slot)
                    .isEqualTo(view.sequencerOf(0, slot));
        }

        // Slots: the devnet mines on an interval; each runner publishes in its own slots, one
        // sequencer idles.
        mineUntil(devnet, timeline.slots(0).start() - 2);
        devnet.control().setAutomine(false);
        devnet.control().call("evm_setIntervalMining", 500);
        Map<Address, List<SlotOutcome>> outcomes = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(STAKES.length);
        try {
            Map<Address, Future<List<SlotOutcome>>> running = new HashMap<>();
            for (int i = 0; i < STAKES.length; i++) {
                if (i == IDLE) {
                    continue;
                }
                SequencerClient client = sequencers.get(i).sequencer(auction);
                List<ScheduledSlot> mine = client.mySlots(0);
                var runner =
                        client.runner(
                                new NodeChainHead(nodeOf(sequencers.get(i)), Duration.ofMillis(25)),
                                AuctionLifecycleIT::batchHash,
                                outcome -> {});
                running.put(client.account(), pool.submit(() -> runner.run(mine)));
            }
            for (var entry : running.entrySet()) {
                outcomes.put(entry.getKey(), entry.getValue().get(3, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
            devnet.control().call("evm_setIntervalMining", 0);
            devnet.control().setAutomine(true);
        }
        for (var entry : outcomes.entrySet()) {
            assertThat(entry.getValue())
                    .as("runner of %s", entry.getKey())
                    .extracting(SlotOutcome::status)
                    .containsOnly(SlotOutcome.Status.PUBLISHED);
        }

        // Settlement: every sequencer settles all its entries (the idle one too), then everyone
        // claims.
        mineUntil(devnet, timeline.settlement(0).start() - 1);
        for (Baton sequencer : sequencers) {
            sequencer.sequencer(auction).settleAll(0);
        }

        List<BidEntry> entries = view.entries(0);
        Map<Address, BigInteger> expected = new HashMap<>();
        for (BidEntry entry : entries) {
            int slots = map.schedule().slotCountOf(entry.entry());
            boolean idle = entry.sequencer().equals(sequencers.get(IDLE).account());
            assertThat(entry.published())
                    .as("entry %d published", entry.entry())
                    .isEqualTo(idle ? 0 : slots);
            assertThat(entry.settled()).isTrue();
            BigInteger reward = REWARD.multiply(BigInteger.valueOf(entry.published()));
            if (entry.isDelegated()) {
                BigInteger commission =
                        reward.multiply(BigInteger.valueOf(entry.commissionBps()))
                                .divide(BigInteger.valueOf(10_000));
                expected.merge(entry.sequencer(), commission, BigInteger::add);
                expected.merge(entry.delegator(), reward.subtract(commission), BigInteger::add);
            } else {
                expected.merge(entry.sequencer(), reward, BigInteger::add);
            }
        }
        assertThat(entries.get(delegatedEntry).commissionBps()).isEqualTo(COMMISSION_BPS);
        assertThat(expected.get(sequencers.get(IDLE).account())).isZero();
        assertThat(view.claimable(sequencers.get(IDLE).account())).isEqualTo(Amount.ZERO);
        List<Baton> claimers = new ArrayList<>(sequencers);
        claimers.add(delegator);
        for (Baton claimer : claimers) {
            BigInteger owed = expected.getOrDefault(claimer.account(), BigInteger.ZERO);
            assertThat(view.claimable(claimer.account()).value())
                    .as("claimable of %s", claimer.account())
                    .isEqualTo(owed);
            if (owed.signum() > 0) {
                assertThat(claimer.sequencer(auction).claim().value()).isEqualTo(owed);
            }
        }
        int published = outcomes.values().stream().mapToInt(List::size).sum();
        assertThat(ops.status(0).rewardedSlots()).isEqualTo(published);
        BigInteger funded = REWARD.multiply(BigInteger.valueOf(SLOTS * 2));
        assertThat(ops.rewardPool().funded().value()).isEqualTo(funded);
        assertThat(ops.rewardPool().unallocated().value())
                .isEqualTo(funded.subtract(REWARD.multiply(BigInteger.valueOf(published))));
    }

    private static dev.baton.tx.EthNode nodeOf(Baton baton) {
        return baton.transactor().node();
    }

    private static byte[] batchHash(ScheduledSlot slot) {
        return ByteBuffer.allocate(32).putLong(24, slot.epoch() << 16 | slot.slot()).array();
    }

    private static Baton connect(Devnet devnet, DeploymentManifest manifest, int account) {
        return Baton.connect(
                manifest,
                DevKeySigner.of(
                        devnet.account(account).privateKey(), ChainId.of(devnet.chainId())));
    }

    private static void mineUntil(Devnet devnet, long block) {
        long latest = devnet.control().blockNumber();
        if (latest < block) {
            devnet.mine(block - latest);
        }
    }
}
