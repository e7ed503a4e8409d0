package dev.baton.cli.auction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.AuctionView;
import dev.baton.internal.contracts.SlotAuction;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.junit.BatonDevnet;
import dev.baton.model.DeploymentManifest;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;
import java.io.IOException;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
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
 * The operator agent as a real {@code baton operator run} process on a devnet whose blocks are mined by a background
 * thread: it seals every epoch while it runs, is killed with SIGKILL right after a seal (window still open) and
 * restarted on the same store, later killed while an epoch's whole seal window passes, and restarted again. Checked
 * from outside: one EpochSealed per epoch sealed while it ran, the missed epoch unsealed, and the agent's nonce equals
 * its seals (no reverted or wasted transaction).
 */
class OperatorAgentIT {
    private static final BigInteger TOKEN = BigInteger.TEN.pow(18);
    private static final int KEEPER = 7;
    private static final long BLOCK_MILLIS = 250;

    @TempDir Path dir;
    private Process current;

    @Test
    @BatonDevnet
    void sealsEveryEpochWhileUpSurvivesSigkillAndNeverSealsTwice(Devnet devnet, DeploymentManifest manifest) throws Exception {
        // Epoch length 8 blocks: bidding 4, seal window 4 (nobody bids: each seal switches its epoch to open mode).
        Address auction = Address.of(SlotAuctionFixture.deploy(devnet, manifest, 3, 4, 2, 4, 4, 10,
                new SlotAuctionFixture.Economics(TOKEN, TOKEN, 1)));
        Path manifestFile = dir.resolve("manifest.json");
        manifest.write(manifestFile);
        Files.writeString(dir.resolve("baton.yaml"), "rpcUrl: " + devnet.rpcUrl() + "\nmanifest: " + manifestFile
                + "\ndevKeyIndex: " + KEEPER + "\n");
        int port = freePort();
        Path config = dir.resolve("keeper.yaml");
        Files.writeString(config, "name: keeper\nconnection: baton.yaml\nauction: " + auction + "\nstore: keeper.db\n"
                + "pollIntervalMillis: 100\nmetricsPort: " + port + "\n");
        Address keeper = devnet.account(KEEPER).address();
        Web3j web3j = Web3j.build(new HttpService(devnet.rpcUrl()));
        Miner miner = new Miner(devnet);
        Thread mining = new Thread(miner, "test-miner");
        mining.setDaemon(true);
        mining.start();
        try (Web3jNode node = Web3jNode.connect(devnet.rpcUrl())) {
            AuctionTimeline timeline = new AuctionView(node, auction).timeline();

            Process agent = startAgent(config, port);
            miner.running.set(true);
            await("epochs 0-2 sealed", () -> nonce(web3j, keeper) == 3, 120);
            miner.running.set(false); // freeze the chain inside epoch 2's seal window, then kill -9
            long frozen = devnet.control().blockNumber();
            assertThat(timeline.seal(2).contains(frozen + 1)).as("block %d inside epoch 2's seal window", frozen).isTrue();
            agent.destroyForcibly().waitFor();

            agent = startAgent(config, port); // same store: epoch 2 is sealed on chain, so it is not sent again
            miner.running.set(true);
            await("epochs 3-4 sealed", () -> nonce(web3j, keeper) == 5, 120);
            // The restarted agent sent exactly epochs 3 and 4 (epoch 2: seen sealed, or its receipt found in the store).
            await("the restarted agent's meters", () -> scrape(port).contains("outcome=\"sent\"} 2.0"), 30);
            assertThat(scrape(port)).doesNotContain("outcome=\"reverted\"").doesNotContain("outcome=\"dry_run_reverted\"");
            agent.destroyForcibly().waitFor();

            // Down for epoch 5's whole seal window: missed, not caught up (its window is over).
            await("epoch 5's seal window over", () -> devnet.control().blockNumber() >= timeline.seal(5).end(), 120);
            miner.running.set(false); // the JVM starts in several blocks' time: hold the chain before epoch 6's window
            assertThat(devnet.control().blockNumber() + 1).isLessThan(timeline.seal(6).start());
            agent = startAgent(config, port);
            miner.running.set(true);
            await("epochs 6-7 sealed", () -> nonce(web3j, keeper) == 7, 120);
            miner.running.set(false);
            agent.destroy(); // SIGTERM: graceful stop
            assertThat(agent.waitFor()).isIn(0, 143);

            List<Long> sealed = sealedEpochs(web3j, auction);
            assertThat(sealed).containsExactly(0L, 1L, 2L, 3L, 4L, 6L, 7L);
            assertThat(nonce(web3j, keeper)).as("one transaction per seal, none reverted or wasted").isEqualTo(sealed.size());
        } finally {
            if (current != null) current.destroyForcibly();
            miner.stop.set(true);
            web3j.shutdown();
        }
    }

    /** Mines one block every {@value #BLOCK_MILLIS} ms while {@code running}. */
    private static final class Miner implements Runnable {
        final AtomicBoolean running = new AtomicBoolean();
        final AtomicBoolean stop = new AtomicBoolean();
        private final Devnet devnet;

        Miner(Devnet devnet) {
            this.devnet = devnet;
        }

        @Override
        public void run() {
            while (!stop.get()) {
                if (running.get()) devnet.control().mine(1);
                try {
                    Thread.sleep(BLOCK_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private Process startAgent(Path config, int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar = Path.of(System.getenv().getOrDefault("BATON_ROOT", "..")).resolve("cli/target/baton.jar");
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "operator", "run", "--agent", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("agent.log").toFile()))
                .start();
        current = process;
        await("the agent's /health", () -> health(port) == 200 || !process.isAlive(), 60);
        assertThat(process.isAlive()).as(() -> log()).isTrue();
        return process;
    }

    private String log() {
        try {
            return Files.readString(dir.resolve("agent.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static List<Long> sealedEpochs(Web3j web3j, Address auction) throws IOException {
        EthFilter filter = new EthFilter(DefaultBlockParameterName.EARLIEST, DefaultBlockParameterName.LATEST, auction.lowerHex());
        filter.addSingleTopic(EventEncoder.encode(SlotAuction.EPOCHSEALED_EVENT));
        return web3j.ethGetLogs(filter).send().getLogs().stream()
                .map(log -> new BigInteger(((EthLog.LogObject) log).getTopics().get(1).substring(2), 16).longValueExact())
                .toList();
    }

    private static long nonce(Web3j web3j, Address account) {
        try {
            return web3j.ethGetTransactionCount(account.lowerHex(), DefaultBlockParameterName.LATEST).send()
                    .getTransactionCount().longValueExact();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int health(int port) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String scrape(int port) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private void await(String what, BooleanSupplier condition, long seconds) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("timed out waiting for " + what + "\n" + log());
            Thread.sleep(100);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
