package dev.baton.cli;

import dev.baton.agent.config.AgentBasics;
import dev.baton.agent.config.AgentConfigException;
import dev.baton.agent.config.AgentConfigFile;
import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.runtime.AgentRuntime;
import dev.baton.agent.runtime.Duty;
import dev.baton.agent.store.AgentStore;
import dev.baton.agent.store.SqliteAgentStore;
import dev.baton.cli.config.OperatorOptions;
import dev.baton.client.auction.NodeChainHead;
import dev.baton.model.DeploymentManifest;
import dev.baton.tx.Clock;
import dev.baton.tx.EthNode;
import dev.baton.types.Address;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What every {@code baton <role> run --agent FILE} command does the same way: read the agent file
 * whole before anything connects, take its {@code connection} as the default config file, and run
 * the assembled agent until SIGTERM/SIGINT, printing one start line first.
 */
public final class AgentCommands {
    private AgentCommands() {}

    /**
     * Reads and checks the agent file (a bad file is a {@link ConfigException}, exit 2, the key and
     * its line named) and makes its {@code connection} the config file {@code connection} opens
     * when {@code --config} is not given.
     */
    public static <C extends AgentBasics> C read(
            Path agentFile, Class<C> type, OperatorOptions connection) {
        C config;
        try {
            config = AgentConfigFile.read(agentFile, type);
        } catch (AgentConfigException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        config.connectionPath(directory(agentFile)).ifPresent(connection::withDefaultConfigFile);
        return config;
    }

    /** The directory the agent file's relative paths are relative to. */
    public static Path directory(Path agentFile) {
        return agentFile.toAbsolutePath().getParent();
    }

    /** The manifest's SlotAuction, for an agent file without {@code auction}. */
    public static Address manifestAuction(DeploymentManifest deployment) {
        String text = deployment.contracts().get("SlotAuction");
        if (text == null) {
            throw new ConfigException(
                    "agent config 'auction': not given and the manifest has no contracts.SlotAuction");
        }
        return Address.of(text);
    }

    /**
     * Opens {@code config}'s store (relative to the agent file's directory {@code dir}), assembles
     * its agent with the {@code duties} made over the store and the metrics, polling {@code node}
     * for heads, and runs it as {@link #run} does.
     */
    public static void runAgent(
            CommandSpec spec,
            AgentBasics config,
            Path dir,
            EthNode node,
            BiFunction<AgentStore, AgentMetrics, List<Duty>> duties,
            String startLine) {
        SqliteAgentStore store = SqliteAgentStore.open(config.storePath(dir));
        Duration poll = config.pollInterval();
        AgentRuntime agent =
                AgentRuntime.assemble(
                        config.name(),
                        store,
                        new NodeChainHead(node, poll),
                        Clock.system(),
                        poll,
                        config.metricsPort(),
                        metrics -> duties.apply(store, metrics));
        run(spec, agent, startLine);
    }

    /**
     * Runs {@code agent} until it is stopped: a shutdown hook stops it (waiting up to 30 s for the
     * duty in flight) on SIGTERM/SIGINT. {@code startLine} is printed first, followed by the status
     * page's address when it serves one.
     */
    public static void run(CommandSpec spec, AgentRuntime agent, String startLine) {
        Runtime.getRuntime()
                .addShutdownHook(new Thread(() -> shutdown(agent), "baton-agent-shutdown"));
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "%s%s%n",
                startLine, agent.httpPort() < 0 ? "" : ", http://127.0.0.1:" + agent.httpPort());
        out.flush();
        try {
            agent.run();
        } finally {
            agent.close();
        }
    }

    private static void shutdown(AgentRuntime agent) {
        agent.stop();
        try {
            agent.awaitStopped(Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        agent.close();
    }
}
