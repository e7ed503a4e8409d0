package dev.baton.cli.agents;

import dev.baton.devnet.anvil.AnvilProcess;
import dev.baton.devnet.proxy.FaultProxy;
import dev.baton.model.DeploymentManifest;
import dev.baton.types.Address;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The soak's agents, one process per dev account, each talking to the node through a counting proxy
 * of its own (so the RPC calls per agent are counted outside the agent), with the block ranges each
 * was down. The proxies point at the node's fixed port, so they outlive a node restart as a real
 * load balancer would.
 */
final class SoakAgents implements AutoCloseable {
    private record Agent(String role, Path config, int port, FaultProxy proxy) {}

    private final Path dir;
    private final AnvilProcess devnet;
    private final DeploymentManifest manifest;
    private final Address auction;
    private final Map<Integer, Agent> agents = new LinkedHashMap<>();
    private final Map<Integer, Process> running = new LinkedHashMap<>();
    private final Map<Integer, List<long[]>> down = new LinkedHashMap<>();

    SoakAgents(Path dir, AnvilProcess devnet, DeploymentManifest manifest, Address auction) {
        this.dir = dir;
        this.devnet = devnet;
        this.manifest = manifest;
        this.auction = auction;
    }

    /** One batch file per slot up to {@code epochs}, each a distinct hash. */
    void writeBatches(int epochs, int slots) throws IOException {
        Path batches = Files.createDirectories(dir.resolve("batches"));
        for (int epoch = 0; epoch <= epochs; epoch++) {
            for (int slot = 0; slot < slots; slot++) {
                Files.writeString(
                        batches.resolve(epoch + "-" + slot + ".batch"),
                        String.format("0x%064x", epoch * 100 + slot + 1));
            }
        }
    }

    void sequencer(int account, String bid) throws IOException {
        add(account, "sequencer", bid + "batches:\n  directory: batches\nclaimThreshold: 1\n");
    }

    void delegator(int account, Address delegate) throws IOException {
        add(
                account,
                "sequencer",
                "bid:\n  fixed: 200\n  delegateTo: '"
                        + delegate
                        + "'\n  maxCommissionBps: 1000\nclaimThreshold: 1\n");
    }

    /** The keeper: seals the auction's epochs, finalises the market's heights and slashes. */
    void keeper(int account, Address market) throws IOException {
        add(account, "operator", "seal: true\nmarket: '" + market + "'\n");
    }

    /** A prover agent, its attestations in {@code outbox-<account>}. */
    Path prover(int account, Address market) throws IOException {
        add(
                account,
                "prover",
                "market: '" + market + "'\nattestations: outbox-" + account + "\n",
                false);
        return dir.resolve("outbox-" + account);
    }

    private void add(int account, String role, String body) throws IOException {
        add(account, role, body, true);
    }

    private void add(int account, String role, String body, boolean auctionKey) throws IOException {
        FaultProxy proxy = FaultProxy.start(devnet.rpcUrl());
        Files.writeString(
                dir.resolve("baton-" + account + ".yaml"),
                "rpcUrl: "
                        + proxy.url()
                        + "\nmanifest: "
                        + manifestFile()
                        + "\ndevKeyIndex: "
                        + account
                        + "\n");
        int port = AgentProcesses.freePort();
        Path config = dir.resolve("agent-" + account + ".yaml");
        Files.writeString(
                config,
                "name: a"
                        + account
                        + "\nconnection: baton-"
                        + account
                        + ".yaml\n"
                        + (auctionKey ? "auction: '" + auction + "'\n" : "")
                        + "store: a"
                        + account
                        + ".db\npollIntervalMillis: 250\nmetricsPort: "
                        + port
                        + "\n"
                        + body);
        agents.put(account, new Agent(role, config, port, proxy));
        down.put(account, new ArrayList<>());
    }

    private Path manifestFile() throws IOException {
        Path file = dir.resolve("manifest.json");
        if (!Files.exists(file)) {
            manifest.write(file);
        }
        return file;
    }

    void startAll() throws Exception {
        for (int account : agents.keySet()) {
            start(account);
        }
    }

    private void start(int account) throws Exception {
        Agent agent = agents.get(account);
        AgentProcesses.start(
                AgentProcesses.command(
                        agent.role(),
                        agent.config(),
                        List.of("-Xmx160m", "-XX:TieredStopAtLevel=1")),
                agent.port(),
                log(account),
                process -> running.put(account, process),
                this::logs);
    }

    void kill(int account) throws InterruptedException {
        running.get(account).destroyForcibly().waitFor();
        down.get(account).add(new long[] {devnet.control().blockNumber(), Long.MAX_VALUE});
    }

    /** Restarts on the same store; its gap ends a few blocks later (first head, a send mined). */
    void restart(int account) throws Exception {
        start(account);
        List<long[]> gaps = down.get(account);
        gaps.get(gaps.size() - 1)[1] = devnet.control().blockNumber() + 3;
    }

    /** SIGTERM to every agent; each must exit cleanly. */
    void stopAll() throws InterruptedException {
        for (Map.Entry<Integer, Process> e : running.entrySet()) {
            e.getValue().destroy();
        }
        for (Map.Entry<Integer, Process> e : running.entrySet()) {
            int code = e.getValue().waitFor();
            if (code != 0 && code != 143) {
                throw new AssertionError("agent " + e.getKey() + " exited " + code + "\n" + logs());
            }
        }
    }

    Address address(int account) {
        return devnet.account(account).address();
    }

    List<long[]> downWindows(Address owner) {
        for (int account : agents.keySet()) {
            if (devnet.account(account).address().equals(owner)) {
                return down.get(account);
            }
        }
        return List.of();
    }

    String describeDown() {
        StringBuilder out = new StringBuilder();
        down.forEach(
                (account, gaps) ->
                        gaps.forEach(
                                g ->
                                        out.append(account)
                                                .append(": [")
                                                .append(g[0])
                                                .append(", ")
                                                .append(g[1])
                                                .append("] ")));
        return out.toString();
    }

    /** Each agent's address and role (the delegator's is "delegator"). */
    Map<Address, String> roles() {
        Map<Address, String> out = new LinkedHashMap<>();
        agents.forEach(
                (account, agent) -> {
                    String role = agent.role();
                    if (Files.exists(agent.config())
                            && read(agent.config()).contains("delegateTo")) {
                        role = "delegator";
                    } else if (read(agent.config()).contains("shareOfFreeStakeBps")) {
                        role = "idle sequencer";
                    } else if (role.equals("operator")) {
                        role = "keeper";
                    }
                    out.put(devnet.account(account).address(), role);
                });
        return out;
    }

    /** RPC calls each agent made, through its proxy. */
    Map<Address, Integer> rpcCalls() {
        Map<Address, Integer> out = new LinkedHashMap<>();
        agents.forEach(
                (account, agent) ->
                        out.put(devnet.account(account).address(), agent.proxy().totalCalls()));
        return out;
    }

    void awaitBlock(long block, long seconds) throws InterruptedException {
        AgentProcesses.await(
                "block " + block,
                () -> devnet.control().blockNumber() >= block,
                seconds,
                this::logs);
    }

    private Path log(int account) {
        return dir.resolve("agent-" + account + ".log");
    }

    private static String read(Path file) {
        return AgentProcesses.read(file);
    }

    String logs() {
        StringBuilder out = new StringBuilder();
        for (int account : agents.keySet()) {
            String log = read(log(account));
            out.append("--- agent ")
                    .append(account)
                    .append('\n')
                    .append(log, Math.max(0, log.length() - 3_000), log.length());
        }
        return out.toString();
    }

    @Override
    public void close() throws IOException {
        running.values().forEach(Process::destroyForcibly);
        agents.values().forEach(a -> a.proxy().close());
        StringBuilder all = new StringBuilder("down: " + describeDown() + "\n");
        for (int account : agents.keySet()) {
            all.append("--- agent ").append(account).append('\n').append(read(log(account)));
        }
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "AgentSoakIT-agents.log"), all);
    }
}
