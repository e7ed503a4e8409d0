package dev.baton.cli.auction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.agents.AgentProcesses;
import dev.baton.cli.agents.EventLogs;
import dev.baton.cli.agents.MinedTransactions;
import dev.baton.client.Baton;
import dev.baton.client.auction.AuctionOperatorClient;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.AuctionView;
import dev.baton.client.auction.BlockWindow;
import dev.baton.client.auction.ScheduledSlot;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.junit.BatonDevnet;
import dev.baton.devnet.rpc.DevnetControl;
import dev.baton.internal.contracts.SlotAuction;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevKeySigner;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.ChainId;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Hash;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.Transaction;
import org.web3j.protocol.http.HttpService;

/**
 * The sequencer agent as a real {@code baton sequencer run} process on a Hardhat devnet that mines
 * a block every {@value #BLOCK_MILLIS} ms by itself (automine off: transactions wait in the pool
 * like on a real chain). The agent bids each epoch, seals when nobody else does, publishes from a
 * batch directory, settles and claims. It is killed with SIGKILL mid-epoch twice (restarted at
 * once, then after the chain moved on for a while) on the same store. Checked from the chain alone:
 * every own slot of every elected epoch published exactly once, or unpublished with its blocks
 * inside a time the agent was down; at most one bid per epoch and one settle per entry; the claims
 * plus what is still credited equal r × published-and-settled slots to the wei; every transaction
 * of the agent succeeded and its nonce equals the number it sent.
 */
class SequencerAgentIT {
    private static final BigInteger TOKEN = BigInteger.TEN.pow(18);
    private static final BigInteger REWARD = TOKEN;
    private static final int SEQ = 6;
    private static final int COMPETITOR = 5;
    private static final long BLOCK_MILLIS = 1_000;
    private static final int LAST_EPOCH = 9;

    @TempDir Path dir;
    private Process current;
    private final List<long[]> down = new ArrayList<>();

    @Test
    @BatonDevnet
    void everyOwnSlotOnceOrMissedWhileDownOneSettleAndExactClaimsAcrossSigkills(
            Devnet devnet, DeploymentManifest manifest) throws Exception {
        Address btn = Address.of(manifest.token("BTN"));
        Baton seq = connect(devnet, manifest, SEQ);
        Baton competitor = connect(devnet, manifest, COMPETITOR);
        seq.stake().deposit(btn, Amount.of(TOKEN.multiply(BigInteger.valueOf(1_000))));
        competitor.stake().deposit(btn, Amount.of(TOKEN.multiply(BigInteger.valueOf(1_000))));
        // Epoch length 8 blocks: bidding 4, seal window [bidEnd + 1, bidEnd + 4), 4 slots of 2
        // blocks, settlement 6.
        Address auction =
                Address.of(
                        SlotAuctionFixture.deploy(
                                devnet,
                                manifest,
                                3,
                                4,
                                2,
                                4,
                                4,
                                6,
                                new SlotAuctionFixture.Economics(TOKEN, REWARD, 1)));
        AuctionOperatorClient funder = connect(devnet, manifest, 0).auctionOperator(auction);
        funder.fundRewards(Amount.of(REWARD.multiply(BigInteger.valueOf(500))));
        AuctionTimeline timeline = funder.view().timeline();
        long start = devnet.control().blockNumber();
        if (start < timeline.genesisBlock()) {
            devnet.mine(timeline.genesisBlock() - start);
        }
        competitor
                .sequencer(auction)
                .bid(0, btn, Amount.of(TOKEN.multiply(BigInteger.valueOf(150))));

        Path batches = Files.createDirectories(dir.resolve("batches"));
        for (int epoch = 0; epoch <= LAST_EPOCH + 2; epoch++) {
            for (int slot = 0; slot < timeline.slotsPerEpoch(); slot++) {
                Files.writeString(
                        batches.resolve(epoch + "-" + slot + ".batch"),
                        String.format("0x%064x", epoch * 100 + slot + 1));
            }
        }
        AgentProcesses.connection(dir, "baton.yaml", devnet, manifest, SEQ);
        int port = AgentProcesses.freePort();
        Path config = dir.resolve("seq.yaml");
        Files.writeString(
                config,
                "name: seq\nconnection: baton.yaml\nauction: '"
                        + auction
                        + "'\nstore: seq.db\n"
                        + "pollIntervalMillis: 100\nmetricsPort: "
                        + port
                        + "\nbid:\n  fixed: 100\nbatches:\n  directory: batches\n"
                        + "claimThreshold: 1\nsealIfNobodyElse: true\n");
        Address me = seq.account();
        Web3j web3j = Web3j.build(new HttpService(devnet.rpcUrl()));
        DevnetControl rpc = devnet.control();
        long nonceBefore = AgentProcesses.nonce(web3j, me);
        long firstBlock = devnet.control().blockNumber();
        try (Web3jNode node = Web3jNode.connect(devnet.rpcUrl())) {
            devnet.control().setAutomine(false);
            startAgent(config, port);
            rpc.call("evm_setIntervalMining", BLOCK_MILLIS);

            awaitBlock(
                    devnet,
                    timeline.slot(2, 1).start(),
                    120); // mid-epoch 2: kill -9 and restart at once
            kill(devnet);
            startAgent(config, port);
            up(devnet);

            awaitBlock(
                    devnet,
                    timeline.slot(5, 2).start(),
                    120); // mid-epoch 5: kill -9, down for ~4 s of blocks
            kill(devnet);
            awaitBlock(devnet, devnet.control().blockNumber() + 8, 60);
            startAgent(config, port);
            up(devnet);

            awaitBlock(devnet, timeline.settlement(LAST_EPOCH).end() + 1, 240);
            current.destroy(); // SIGTERM: a graceful stop
            assertThat(current.waitFor()).isIn(0, 143);
            awaitBlock(devnet, devnet.control().blockNumber() + 2, 30); // whatever it sent is mined
            rpc.call("evm_setIntervalMining", 0);
            long lastBlock = devnet.control().blockNumber();

            Checks checks = new Checks(new AuctionView(node, auction), timeline, me);
            checks.readTransactions(web3j, firstBlock + 1, lastBlock, auction);
            assertThat(checks.failed).as("every transaction of the agent succeeded").isEmpty();
            assertThat(AgentProcesses.nonce(web3j, me) - nonceBefore)
                    .as("nonce == the agent's sends")
                    .isEqualTo(checks.sends);
            checks.verify(web3j, auction, down);
        } finally {
            if (current != null) {
                current.destroyForcibly();
            }
            rpc.call("evm_setIntervalMining", 0);
            web3j.shutdown();
            // Kept for a failure's diagnosis: the temporary directory goes with the test.
            Files.writeString(
                    Path.of("target", "SequencerAgentIT-agent.log"),
                    "down: " + Checks.describe(down) + "\n" + read());
        }
    }

    /**
     * The chain-side checks: transactions by kind, events, and the off-chain schedule of each
     * elected epoch.
     */
    private static final class Checks {
        final AuctionView view;
        final AuctionTimeline timeline;
        final Address me;
        final Map<String, Integer> byKind = new HashMap<>();
        final List<String> failed = new ArrayList<>();
        long sends;

        Checks(AuctionView view, AuctionTimeline timeline, Address me) {
            this.view = view;
            this.timeline = timeline;
            this.me = me;
        }

        void readTransactions(Web3j web3j, long from, long to, Address auction) throws IOException {
            Map<String, String> selectors =
                    Map.of(
                            selector("bid(uint64,address,uint256)"),
                            "bid",
                            selector("publishBatch(uint64,uint256,uint256,bytes32)"),
                            "publish",
                            selector("settle(uint64,uint256)"),
                            "settle",
                            selector("claim()"),
                            "claim",
                            selector("seal(uint64)"),
                            "seal");
            for (MinedTransactions mined :
                    MinedTransactions.between(
                            web3j, from, to, t -> me.lowerHex().equalsIgnoreCase(t.getFrom()))) {
                Transaction t = mined.transaction();
                sends++;
                String kind =
                        auction.lowerHex().equalsIgnoreCase(t.getTo())
                                ? selectors.getOrDefault(t.getInput().substring(0, 10), "other")
                                : "other";
                byKind.merge(kind, 1, Integer::sum);
                if (!mined.receipt().isStatusOK()) {
                    failed.add(kind + " in block " + mined.block());
                }
            }
            assertThat(byKind).doesNotContainKey("other");
        }

        /**
         * The logs' first two topics as "epoch/index" keys, checking that every log's third topic
         * is this agent and that no key comes twice ({@code twice} says what that would mean).
         */
        private Set<String> ownDistinctKeys(List<List<String>> logs, String twice) {
            Set<String> keys = new HashSet<>();
            for (List<String> log : logs) {
                assertThat(EventLogs.address(log.get(3))).isEqualTo(me);
                assertThat(keys.add(EventLogs.num(log.get(1)) + "/" + EventLogs.num(log.get(2))))
                        .as(twice)
                        .isTrue();
            }
            return keys;
        }

        void verify(Web3j web3j, Address auction, List<long[]> down) throws IOException {
            List<List<String>> published =
                    new EventLogs(web3j, auction).of(SlotAuction.BATCHPUBLISHED_EVENT);
            List<List<String>> settled =
                    new EventLogs(web3j, auction).of(SlotAuction.ENTRYSETTLED_EVENT);
            List<List<String>> claimed =
                    new EventLogs(web3j, auction).of(SlotAuction.REWARDCLAIMED_EVENT);
            List<List<String>> bids = new EventLogs(web3j, auction).of(SlotAuction.BIDPLACED_EVENT);
            List<List<String>> sealedLogs =
                    new EventLogs(web3j, auction).of(SlotAuction.EPOCHSEALED_EVENT);

            Set<Long> bidEpochs = new HashSet<>();
            for (List<String> bid : bids) {
                if (EventLogs.address(bid.get(3)).equals(me)) {
                    assertThat(bidEpochs.add(EventLogs.num(bid.get(1))))
                            .as("one bid per epoch")
                            .isTrue();
                }
            }
            for (long epoch = 0; epoch <= LAST_EPOCH; epoch++) {
                if (!overlapsDown(timeline.bidding(epoch), down)) {
                    assertThat(bidEpochs).as("bid while up").contains(epoch);
                }
            }
            assertThat(byKind.get("bid")).isEqualTo(bidEpochs.size());
            assertThat(byKind.get("seal"))
                    .as("no keeper: every seal is the agent's")
                    .isEqualTo(sealedLogs.size());

            Set<String> publishedSlots = ownDistinctKeys(published, "a slot published twice");
            assertThat(byKind.get("publish")).isEqualTo(publishedSlots.size());
            int own = 0;
            int missed = 0;
            for (long epoch = 0; epoch <= LAST_EPOCH; epoch++) {
                if (!view.epochInfo(epoch).isElected()) {
                    assertThat(overlapsDown(timeline.seal(epoch), down))
                            .as("epoch %d unsealed while the agent was up", epoch)
                            .isTrue();
                    continue;
                }
                for (ScheduledSlot slot : view.slotMap(epoch).slotsOf(me)) {
                    own++;
                    if (publishedSlots.contains(epoch + "/" + slot.slot())) {
                        continue;
                    }
                    missed++;
                    assertThat(overlapsDown(timeline.slot(epoch, slot.slot()), down))
                            .as(
                                    "slot %d/%d unpublished while the agent was up (down: %s)",
                                    epoch, slot.slot(), describe(down))
                            .isTrue();
                }
            }
            long firstKill = down.get(0)[0];
            long lastUp = down.get(down.size() - 1)[1];
            assertThat(publishedSlots)
                    .as("published before the first kill and after the last restart")
                    .anyMatch(key -> slotStart(key) < firstKill)
                    .anyMatch(key -> slotStart(key) > lastUp);
            assertThat(missed).as("own slots missed while down").isPositive().isLessThan(own);

            Set<String> settledEntries = ownDistinctKeys(settled, "an entry settled twice");
            BigInteger credited = BigInteger.ZERO;
            for (List<String> log : settled) {
                credited = credited.add(REWARD.multiply(EventLogs.word(log.get(0), 1)));
            }
            assertThat(byKind.get("settle")).isEqualTo(settledEntries.size()).isPositive();
            for (long epoch = 0; epoch <= LAST_EPOCH; epoch++) {
                if (!view.epochInfo(epoch).isElected()
                        || overlapsDown(timeline.settlement(epoch), down)) {
                    continue;
                }
                var map = view.slotMap(epoch);
                for (var entry : map.entries()) {
                    if (!entry.sequencer().equals(me)
                            || map.schedule().slotCountOf(entry.entry()) == 0) {
                        continue;
                    }
                    assertThat(settledEntries)
                            .as("settled while up")
                            .contains(epoch + "/" + entry.entry());
                }
            }
            BigInteger paid = BigInteger.ZERO;
            for (List<String> log : claimed) {
                assertThat(EventLogs.address(log.get(1))).isEqualTo(me);
                BigInteger amount = EventLogs.word(log.get(0), 0);
                assertThat(amount.signum()).as("a claim paid nothing").isPositive();
                paid = paid.add(amount);
            }
            assertThat(claimed).isNotEmpty();
            assertThat(byKind.get("claim")).isEqualTo(claimed.size());
            assertThat(paid.add(view.claimable(me).value()))
                    .as("claims + credit == r x published-and-settled")
                    .isEqualTo(credited);
        }

        private long slotStart(String key) {
            String[] parts = key.split("/");
            return timeline.slot(Long.parseLong(parts[0]), Integer.parseInt(parts[1])).start();
        }

        private static boolean overlapsDown(BlockWindow window, List<long[]> down) {
            for (long[] gap : down) {
                if (window.start() <= gap[1] && window.end() > gap[0]) {
                    return true;
                }
            }
            return false;
        }

        private static String describe(List<long[]> down) {
            return down.stream().map(g -> "[" + g[0] + ", " + g[1] + "]").toList().toString();
        }

        private static String selector(String signature) {
            return Hash.sha3String(signature).substring(0, 10);
        }
    }

    private void kill(Devnet devnet) throws InterruptedException {
        current.destroyForcibly().waitFor();
        down.add(new long[] {devnet.control().blockNumber(), Long.MAX_VALUE});
    }

    /**
     * The restarted agent is serving: the gap ends a few blocks later (its first head and a send's
     * inclusion).
     */
    private void up(Devnet devnet) {
        down.get(down.size() - 1)[1] = devnet.control().blockNumber() + 3;
    }

    private void startAgent(Path config, int port) throws Exception {
        List<String> timestamps =
                List.of(
                        "-Dorg.slf4j.simpleLogger.showDateTime=true",
                        "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS");
        AgentProcesses.start(
                AgentProcesses.command("sequencer", config, timestamps),
                port,
                log(),
                process -> current = process,
                this::read);
    }

    private Path log() {
        return dir.resolve("agent.log");
    }

    private String read() {
        return AgentProcesses.read(log());
    }

    private static Baton connect(Devnet devnet, DeploymentManifest manifest, int account) {
        return Baton.connect(
                manifest,
                DevKeySigner.of(
                        devnet.account(account).privateKey(), ChainId.of(devnet.chainId())));
    }

    private void awaitBlock(Devnet devnet, long block, long seconds) throws InterruptedException {
        await("block " + block, () -> devnet.control().blockNumber() >= block, seconds);
    }

    private void await(String what, BooleanSupplier condition, long seconds)
            throws InterruptedException {
        AgentProcesses.await(what, condition, seconds, this::read);
    }
}
