package dev.baton.cli.auction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.agents.AgentProcesses;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.AuctionView;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.junit.BatonDevnet;
import dev.baton.internal.contracts.SlotAuction;
import dev.baton.model.DeploymentManifest;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.abi.EventEncoder;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.http.HttpService;

/**
 * The operator agent as a real {@code baton operator run} process on a devnet whose blocks are
 * mined by a background thread: it seals every epoch while it runs, is killed with SIGKILL right
 * after a seal (window still open) and restarted on the same store, later killed while an epoch's
 * whole seal window passes, and restarted again. Checked from outside: one EpochSealed per epoch
 * sealed while it ran, the missed epoch unsealed, and the agent's nonce equals its seals (no
 * reverted or wasted transaction).
 */
class OperatorAgentIT {
    private static final BigInteger TOKEN = BigInteger.TEN.pow(18);
    private static final int KEEPER = 7;
    private static final long BLOCK_MILLIS = 250;

    @TempDir Path dir;
    private Process current;

    @Test
    @BatonDevnet
    void sealsEveryEpochWhileUpSurvivesSigkillAndNeverSealsTwice(
            Devnet devnet, DeploymentManifest manifest) throws Exception {
        // Epoch length 8 blocks: bidding 4, seal window 4 (nobody bids: each seal switches its
        // epoch to open mode).
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
                                10,
                                new SlotAuctionFixture.Economics(TOKEN, TOKEN, 1)));
        AgentProcesses.connection(dir, "baton.yaml", devnet, manifest, KEEPER);
        int port = AgentProcesses.freePort();
        Path config = dir.resolve("keeper.yaml");
        Files.writeString(
                config,
                "name: keeper\nconnection: baton.yaml\nauction: "
                        + auction
                        + "\nstore: keeper.db\n"
                        + "pollIntervalMillis: 100\nmetricsPort: "
                        + port
                        + "\n");
        Address keeper = devnet.account(KEEPER).address();
        Web3j web3j = Web3j.build(new HttpService(devnet.rpcUrl()));
        AgentProcesses.Miner miner = AgentProcesses.Miner.start(devnet, BLOCK_MILLIS, false);
        try (Web3jNode node = Web3jNode.connect(devnet.rpcUrl())) {
            AuctionTimeline timeline = new AuctionView(node, auction).timeline();

            Process agent = startAgent(config, port);
            miner.running.set(true);
            await("epochs 0-2 sealed", () -> AgentProcesses.nonce(web3j, keeper) == 3, 120);
            miner.running.set(false); // freeze the chain inside epoch 2's seal window, then kill -9
            long frozen = devnet.control().blockNumber();
            assertThat(timeline.seal(2).contains(frozen + 1))
                    .as("block %d inside epoch 2's seal window", frozen)
                    .isTrue();
            agent.destroyForcibly().waitFor();

            agent =
                    startAgent(
                            config,
                            // same store: epoch 2 is sealed on chain, so it is not sent again
                            port);
            miner.running.set(true);
            await("epochs 3-4 sealed", () -> AgentProcesses.nonce(web3j, keeper) == 5, 120);
            // The restarted agent sent exactly epochs 3 and 4 (epoch 2: seen sealed, or its receipt
            // found in the store).
            await(
                    "the restarted agent's meters",
                    () -> AgentProcesses.get(port, "/metrics").contains("outcome=\"sent\"} 2.0"),
                    30);
            assertThat(AgentProcesses.get(port, "/metrics"))
                    .doesNotContain("outcome=\"reverted\"")
                    .doesNotContain("outcome=\"dry_run_reverted\"");
            agent.destroyForcibly().waitFor();

            // Down for epoch 5's whole seal window: missed, not caught up (its window is over).
            await(
                    "epoch 5's seal window over",
                    () -> devnet.control().blockNumber() >= timeline.seal(5).end(),
                    120);
            // the JVM starts in several blocks' time: hold the chain before epoch 6's window
            miner.running.set(false);
            assertThat(devnet.control().blockNumber() + 1).isLessThan(timeline.seal(6).start());
            agent = startAgent(config, port);
            miner.running.set(true);
            await("epochs 6-7 sealed", () -> AgentProcesses.nonce(web3j, keeper) == 7, 120);
            miner.running.set(false);
            agent.destroy(); // SIGTERM: graceful stop
            assertThat(agent.waitFor()).isIn(0, 143);

            List<Long> sealed = sealedEpochs(web3j, auction);
            assertThat(sealed).containsExactly(0L, 1L, 2L, 3L, 4L, 6L, 7L);
            assertThat(AgentProcesses.nonce(web3j, keeper))
                    .as("one transaction per seal, none reverted or wasted")
                    .isEqualTo(sealed.size());
        } finally {
            if (current != null) {
                current.destroyForcibly();
            }
            miner.stop.set(true);
            web3j.shutdown();
        }
    }

    private Process startAgent(Path config, int port) throws Exception {
        return AgentProcesses.start(
                AgentProcesses.command("operator", config, List.of()),
                port,
                log(),
                process -> current = process,
                () -> AgentProcesses.read(log()));
    }

    private Path log() {
        return dir.resolve("agent.log");
    }

    private void await(String what, BooleanSupplier condition, long seconds)
            throws InterruptedException {
        AgentProcesses.await(what, condition, seconds, () -> AgentProcesses.read(log()));
    }

    private static List<Long> sealedEpochs(Web3j web3j, Address auction) throws IOException {
        EthFilter filter =
                new EthFilter(
                        DefaultBlockParameterName.EARLIEST,
                        DefaultBlockParameterName.LATEST,
                        auction.lowerHex());
        filter.addSingleTopic(EventEncoder.encode(SlotAuction.EPOCHSEALED_EVENT));
        return web3j.ethGetLogs(filter).send().getLogs().stream()
                .map(
                        log ->
                                new BigInteger(
                                                ((EthLog.LogObject) log)
                                                        .getTopics()
                                                        .get(1)
                                                        .substring(2),
                                                16)
                                        .longValueExact())
                .toList();
    }
}
