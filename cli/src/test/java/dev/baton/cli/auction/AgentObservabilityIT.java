package dev.baton.cli.auction;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.agents.AgentProcesses;
import dev.baton.cli.report.HeadlessChromium;
import dev.baton.client.Baton;
import dev.baton.client.auction.AuctionOperatorClient;
import dev.baton.client.auction.AuctionTimeline;
import dev.baton.client.auction.NodeChainHead;
import dev.baton.client.auction.ScheduledSlot;
import dev.baton.client.auction.SequencerClient;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.deploy.Deployer;
import dev.baton.internal.contracts.ISlotAuctionFull;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.Json;
import dev.baton.signer.DevKeySigner;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.ChainId;
import java.math.BigInteger;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.gas.DefaultGasProvider;
import tools.jackson.databind.JsonNode;

/**
 * The operator agent, as a real {@code baton operator run} process, on a Hardhat node that mines a
 * block a second by itself (automine off): while sequencer A publishes its epoch-0 slots, B idles
 * and C publishes its epoch-1 slots, the agent seals both epochs and a real Prometheus server
 * scrapes it every second. The chain is then frozen in the middle of epoch 1 and checked from
 * outside: the status page, rendered by headless Chromium, shows for epochs 0 and 1 every slot's
 * owner ({@code sequencerOf}) and outcome (the published bitmap, and the head) as the chain has
 * them, and Prometheus's {@code baton_agent_last_block} followed the chain up to its head.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgentObservabilityIT {
    private static final BigInteger TOKEN = BigInteger.TEN.pow(18);
    private static final int SLOTS = 8;
    private static final long SLOT_LENGTH = 2;
    private static final int KEEPER = 7;
    private static final int A = 1;
    private static final int B = 2;
    private static final int C = 3;
    private static final Path OUT = Path.of("target", "agent-observability-it");

    private Path dir;
    private Devnet devnet;
    private Web3j web3j;
    private Process agent;
    private PrometheusServer prometheus;
    private ExecutorService sequencers;
    private int agentPort;
    private Address auction;
    private AuctionTimeline timeline;
    private Instant miningStarted;
    private long frozenHead;

    @BeforeAll
    void runTheAgentOnAnIntervalMiningChainThenFreezeItInEpochOne() throws Exception {
        dir = Files.createTempDirectory("baton-agent-observability-");
        devnet = DevnetKind.PROCESS.start();
        DeploymentManifest manifest = Deployer.standard().deploy(devnet);
        web3j = Web3j.build(new HttpService(devnet.rpcUrl()));
        Address btn = Address.of(manifest.token("BTN"));
        for (int account : new int[] {A, B, C}) {
            connect(manifest, account).stake().deposit(btn, tokens(1000));
        }

        auction =
                Address.of(
                        SlotAuctionFixture.deploy(
                                devnet,
                                manifest,
                                10,
                                SLOTS,
                                SLOT_LENGTH,
                                4,
                                4,
                                20,
                                new SlotAuctionFixture.Economics(TOKEN, TOKEN, 1)));
        AuctionOperatorClient operator = connect(manifest, 0).auctionOperator(auction);
        operator.fundRewards(tokens(4 * SLOTS));
        timeline = operator.view().timeline();
        long latest = devnet.control().blockNumber();
        devnet.mine(
                timeline.bidding(0).start()
                        - 1
                        - latest); // automine still on: the next block opens the bidding
        connect(manifest, A).sequencer(auction).bid(0, btn, tokens(100));
        connect(manifest, B).sequencer(auction).bid(0, btn, tokens(100));

        AgentProcesses.connection(dir, "baton.yaml", devnet, manifest, KEEPER);
        agentPort = AgentProcesses.freePort();
        Path config =
                Files.writeString(
                        dir.resolve("keeper.yaml"),
                        "name: keeper\nconnection: baton.yaml\nauction: "
                                + auction
                                + "\nstore: keeper.db\npollIntervalMillis: 100\nmetricsPort: "
                                + agentPort
                                + "\n");
        agent =
                AgentProcesses.start(
                        AgentProcesses.command(
                                "operator", config, List.of(), "--log-format", "json"),
                        agentPort,
                        dir.resolve("agent.log"),
                        process -> agent = process,
                        this::agentLog);
        Optional<Path> binary = PrometheusServer.binary();
        if (binary.isPresent()) {
            prometheus =
                    PrometheusServer.start(
                            binary.get(), dir.resolve("prometheus"), "baton-agent", agentPort);
        }

        // From here the chain moves by itself, one block a second, as a real chain would.
        devnet.control().mineEvery(Duration.ofSeconds(1));
        miningStarted = Instant.now();
        sequencers =
                Executors.newFixedThreadPool(
                        3,
                        r -> {
                            Thread thread = new Thread(r, "test-sequencer");
                            thread.setDaemon(true);
                            return thread;
                        });
        sequencers.submit(() -> publishAll(connect(manifest, A), 0));
        sequencers.submit(
                () -> {
                    awaitHead(timeline.bidding(1).start() - 1);
                    connect(manifest, B)
                            .sequencer(auction)
                            .bid(1, btn, tokens(100)); // B bids, never publishes
                    return null;
                });
        sequencers.submit(
                () -> {
                    awaitHead(timeline.bidding(1).start() - 1);
                    Baton c = connect(manifest, C);
                    c.sequencer(auction).bid(1, btn, tokens(100));
                    return publishAll(c, 1);
                });

        awaitHead(timeline.slots(1).start() + SLOTS * SLOT_LENGTH / 2 - 1);
        devnet.control().setIntervalMining(0); // freeze: no block comes any more
        Thread.sleep(1_500);
        frozenHead = devnet.control().blockNumber();
        Thread.sleep(1_200);
        assertThat(devnet.control().blockNumber()).as("the chain is frozen").isEqualTo(frozenHead);
        AgentProcesses.await(
                "the agent's watch at the frozen head",
                () -> watchedBlock() == frozenHead,
                30,
                this::agentLog);
    }

    @AfterAll
    void stopEverything() throws Exception {
        if (sequencers != null) {
            sequencers.shutdownNow();
        }
        if (agent != null) {
            agent.destroyForcibly().waitFor();
        }
        if (prometheus != null) {
            prometheus.close();
        }
        if (web3j != null) {
            web3j.shutdown();
        }
        if (devnet != null) {
            devnet.close();
        }
    }

    @Test
    void theStatusPageInChromiumShowsEachSlotsOwnerAndOutcomeAsTheChainHasThem() throws Exception {
        HeadlessChromium chromium =
                HeadlessChromium.find()
                        .orElseGet(
                                () -> {
                                    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                                        throw new AssertionError(
                                                "chromium is not installed and CI=true");
                                    }
                                    org.junit.jupiter.api.Assumptions.assumeTrue(
                                            false,
                                            "chromium is not installed; set CI=true to make this a failure");
                                    return null;
                                });
        URI page = URI.create("http://127.0.0.1:" + agentPort + "/");
        String dom = chromium.dumpDom(page);
        chromium.screenshot(
                page,
                OUT.resolve("status-page.png"),
                1200,
                1000); // for people; the DOM is what is checked

        assertThat(dom)
                .contains(
                        "<span id=\"agent\">keeper</span>",
                        "<td id=\"last-block\">" + frozenHead + "</td>",
                        "<td id=\"health\" class=\"ok\">ok</td>",
                        "<td id=\"pending\">0</td>",
                        "data-duty=\"seal\"",
                        "data-duty=\"slots\"");
        ISlotAuctionFull chain =
                ISlotAuctionFull.load(
                        auction.lowerHex(),
                        web3j,
                        new ReadonlyTransactionManager(
                                web3j, devnet.account(0).address().lowerHex()),
                        new DefaultGasProvider());
        EnumSet<State> seen = EnumSet.noneOf(State.class);
        for (long epoch : new long[] {1, 0}) {
            String section = section(dom, epoch == 1 ? "slots-current" : "slots-previous");
            assertThat(section)
                    .contains(
                            "data-epoch=\"" + epoch + "\" data-at-block=\"" + frozenHead + "\"",
                            ">ELECTED<");
            List<String[]> shown = slots(section);
            assertThat(shown).as("epoch %d's cells", epoch).hasSize(SLOTS);
            BigInteger published =
                    chain.publishedBitmap(BigInteger.valueOf(epoch), BigInteger.ZERO).send();
            for (int slot = 0; slot < SLOTS; slot++) {
                String owner =
                        Address.of(
                                        chain.sequencerOf(
                                                        BigInteger.valueOf(epoch),
                                                        BigInteger.valueOf(slot))
                                                .send())
                                .toString();
                State state =
                        published.testBit(slot)
                                ? State.PUBLISHED
                                : frozenHead + 1 >= timeline.slot(epoch, slot).end()
                                        ? State.MISSED
                                        : State.PENDING;
                seen.add(state);
                assertThat(shown.get(slot))
                        .as("epoch %d slot %d", epoch, slot)
                        .containsExactly(
                                Integer.toString(slot),
                                owner,
                                state.name().toLowerCase(Locale.ROOT));
            }
        }
        assertThat(seen)
                .as("A's and C's batches, B's idle slots, epoch 1's slots to come")
                .containsExactlyInAnyOrder(State.values());
    }

    @Test
    void prometheusScrapedTheAgentsLastBlockAsItFollowedTheChain() throws Exception {
        PrometheusServer.requireBinary();
        assertThat(prometheus).as("prometheus started before the chain moved").isNotNull();
        String query = "baton_agent_last_block{agent=\"keeper\",job=\"baton-agent\"}";
        AgentProcesses.await(
                "prometheus at the frozen head",
                () -> {
                    try {
                        return prometheus.value(query).orElse(-1.0) == frozenHead;
                    } catch (java.io.IOException e) {
                        return false;
                    }
                },
                30,
                () -> AgentProcesses.read(dir.resolve("prometheus/prometheus.log")));
        assertThat(prometheus.value("up{job=\"baton-agent\"}")).hasValue(1.0);

        List<Double> samples = prometheus.range(query, miningStarted.plusSeconds(2), Instant.now());
        assertThat(samples).as("one sample a second while the chain moved").hasSizeGreaterThan(20);
        assertThat(samples).isSorted(); // the last block seen never goes back
        assertThat(samples.get(samples.size() - 1)).isEqualTo((double) frozenHead);
        assertThat(samples.get(0))
                .as("risen by the blocks mined meanwhile")
                .isLessThanOrEqualTo(frozenHead - 15.0);
    }

    @Test
    void theAgentLogsOneJsonObjectPerLineWhenAskedTo() throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve("agent.log"));
        List<JsonNode> events = new ArrayList<>();
        for (String line : lines) {
            if (line.startsWith("operator agent 'keeper'")) {
                // the command's own stdout line, not a log event
                continue;
            }
            JsonNode event = Json.MAPPER.readTree(line);
            assertThat(event.propertyNames())
                    .as(line)
                    .contains("time", "level", "logger", "thread", "message");
            events.add(event);
        }
        assertThat(events)
                .extracting(e -> e.get("message").asString())
                .anyMatch(m -> m.equals("agent keeper started"))
                .anyMatch(m -> m.startsWith("sealing epoch 1 at head "));
        assertThat(events)
                .extracting(e -> e.get("level").asString())
                .doesNotContain("DEBUG", "TRACE");
    }

    private enum State {
        PUBLISHED,
        MISSED,
        PENDING
    }

    private static String section(String dom, String id) {
        int start = dom.indexOf("<section class=\"panel\" id=\"" + id + "\">");
        assertThat(start).as("section %s in the DOM", id).isNotNegative();
        return dom.substring(start, dom.indexOf("</section>", start));
    }

    private static final Pattern SLOT =
            Pattern.compile(
                    "<div class=\"slot [^\"]*\" data-slot=\"(\\d+)\" data-owner=\"([^\"]*)\" data-state=\"(\\w+)\"");

    private static List<String[]> slots(String section) {
        List<String[]> out = new ArrayList<>();
        Matcher m = SLOT.matcher(section);
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2), m.group(3)});
        }
        return out;
    }

    private String agentLog() {
        return AgentProcesses.read(dir.resolve("agent.log"));
    }

    /** The block the agent's slot watch last saw, from /status; -1 until it answers. */
    private long watchedBlock() {
        String body = AgentProcesses.get(agentPort, "/status");
        if (body.isEmpty()) {
            return -1;
        }
        JsonNode slots = Json.MAPPER.readTree(body).path("duties").path("slots");
        return slots.path("atBlock").asLong(-1);
    }

    private Object publishAll(Baton sequencer, long epoch) throws Exception {
        SequencerClient client = sequencer.sequencer(auction);
        // the mined seal: a seal still pending has no schedule yet (its seed is drawn when mined)
        while (!client.view().minedEpochInfo(epoch).isElected()) {
            Thread.sleep(100);
        }
        List<ScheduledSlot> mine = client.mySlots(epoch);
        return client.runner(
                        new NodeChainHead(sequencer.transactor().node(), Duration.ofMillis(50)),
                        AgentObservabilityIT::batchHash,
                        outcome -> {})
                .run(mine);
    }

    private void awaitHead(long block) throws InterruptedException {
        while (devnet.control().blockNumber() < block) {
            Thread.sleep(100);
        }
    }

    private static byte[] batchHash(ScheduledSlot slot) {
        return ByteBuffer.allocate(32)
                .putLong(24, slot.epoch() << 16 | slot.slot() | 1L << 40)
                .array();
    }

    private Baton connect(DeploymentManifest manifest, int account) {
        return Baton.connect(
                manifest,
                DevKeySigner.of(
                        devnet.account(account).privateKey(), ChainId.of(devnet.chainId())));
    }

    private static Amount tokens(long whole) {
        return Amount.of(TOKEN.multiply(BigInteger.valueOf(whole)));
    }
}
