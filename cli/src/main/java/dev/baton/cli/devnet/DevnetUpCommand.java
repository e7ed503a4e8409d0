package dev.baton.cli.devnet;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.cli.Printer;
import dev.baton.cli.config.NodeOptions;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.ProjectRoot;
import dev.baton.devnet.anvil.AnvilCommandLine;
import dev.baton.devnet.anvil.AnvilOptions;
import dev.baton.devnet.rpc.DevnetControl;
import dev.baton.devnet.rpc.Readiness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Starts a devnet. In the foreground (the default) it runs until interrupted and is stopped with
 * the JVM; with {@code --detach} it leaves a node running on a fixed port for other processes (e.g.
 * another project's CI) until {@code baton devnet down}.
 */
@Command(
        name = "up",
        mixinStandardHelpOptions = true,
        description = "Start a devnet and print its JSON-RPC URL.")
public final class DevnetUpCommand implements Runnable {
    @Mixin OutputOptions output;

    @Option(
            names = "--detach",
            description =
                    "Leave the node running after this command exits (stop it with `baton devnet down`).")
    boolean detach;

    @Option(
            names = "--port",
            paramLabel = "PORT",
            description =
                    "Port for a detached node (default: the port of the "
                            + "configured --rpc-url, BATON_RPC_URL or config rpcUrl, which must then be a 127.0.0.1 or localhost URL; else 8545).")
    Integer port;

    @Mixin NodeOptions connection;

    @Option(
            names = "--docker",
            description = "Run the node in a local container (foreground only).")
    boolean docker;

    @Option(
            names = "--anvil",
            description =
                    "Run anvil (from the project's npm dependency) instead of a Hardhat node.")
    boolean anvil;

    @Option(
            names = "--block-time",
            paramLabel = "SECONDS",
            description =
                    "Mine a block every SECONDS (1 to 3600) by "
                            + "itself, automine off: a transaction waits for the next block, as on a real chain. Default: a block per "
                            + "transaction, time moved only by `baton devnet mine`.")
    Integer blockTime;

    @Override
    public void run() {
        Printer printer = output.printer();
        Duration period = blockTime();
        if (detach) {
            if (docker) {
                throw new ConfigException(
                        "--docker runs in the foreground only: drop --detach or --docker");
            }
            int listenPort = detachedPort();
            printer.result(startDetached(ProjectRoot.locate(), listenPort, period));
            return;
        }
        if (port != null) {
            throw new ConfigException("--port applies to a detached node: add --detach");
        }
        DevnetKind kind =
                anvil
                        ? (docker ? DevnetKind.ANVIL_CONTAINER : DevnetKind.ANVIL)
                        : (docker ? DevnetKind.CONTAINER : DevnetKind.PROCESS);
        try (Devnet devnet = period == null ? kind.start() : kind.start(period)) {
            Map<String, Object> started =
                    new java.util.LinkedHashMap<>(
                            Map.of(
                                    "rpcUrl",
                                    devnet.rpcUrl(),
                                    "chainId",
                                    devnet.chainId(),
                                    "kind",
                                    devnet.kind().name()));
            if (blockTime != null) {
                started.put("blockTimeSeconds", blockTime);
            }
            printer.result(started);
            printer.progress("devnet running; press Ctrl-C to stop");
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * --block-time as a period, null when absent; out of range is a usage error naming the flag.
     */
    Duration blockTime() {
        if (blockTime == null) {
            return null;
        }
        if (blockTime < 1 || blockTime > 3600) {
            throw new ConfigException(
                    "--block-time: " + blockTime + " is outside [1, 3600] seconds");
        }
        return Duration.ofSeconds(blockTime);
    }

    /** --port, else the configured URL's port (a local URL only), else 8545. */
    int detachedPort() {
        if (port != null) {
            return port;
        }
        var configured = connection.configuredRpcUrl();
        if (configured.isEmpty()) {
            return DEFAULT_PORT;
        }
        java.util.regex.Matcher local = LOCAL_URL.matcher(configured.get());
        if (!local.matches()) {
            throw new ConfigException(
                    "devnet up --detach: the configured rpcUrl '"
                            + configured.get()
                            + "' is not a "
                            + "local http://127.0.0.1:PORT or http://localhost:PORT URL; give --port or --rpc-url");
        }
        return local.group(1) == null ? 80 : Integer.parseInt(local.group(1));
    }

    static final int DEFAULT_PORT = 8545;
    private static final java.util.regex.Pattern LOCAL_URL =
            java.util.regex.Pattern.compile(
                    "(?i)http://(?:127\\.0\\.0\\.1|localhost)(?::(\\d{1,5}))?/?");

    private DetachedNode startDetached(ProjectRoot root, int port, Duration period) {
        DetachedNode.read(root)
                .filter(n -> n.process().isPresent())
                .ifPresent(
                        n -> {
                            throw DetachedNode.alreadyRunning(n);
                        });
        Path log = root.devnetWorkDir().resolve("detached-" + port + ".log");
        try {
            java.nio.file.Files.createDirectories(log.getParent());
            Process process =
                    new ProcessBuilder(detachedCommand(root, port, period))
                            .directory(root.dir().toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(log.toFile())
                            .redirectInput(
                                    ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                            .start();
            String url = "http://127.0.0.1:" + port;
            Readiness.await(url, Duration.ofSeconds(60), process::isAlive);
            DetachedNode node = new DetachedNode(process.pid(), port, url, log.toString());
            node.write(root);
            // anvil took --block-time on its command line; a Hardhat node is switched once it
            // answers.
            if (period != null && !anvil) {
                DevnetControl.connect(url).mineEvery(period);
            }
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the devnet node (log: " + log + ")", e);
        }
    }

    /**
     * A Hardhat node, or anvil with a state file of its own under the devnet work directory (fresh
     * each start).
     */
    private List<String> detachedCommand(ProjectRoot root, int port, Duration period)
            throws IOException {
        if (!anvil) {
            return List.of(
                    root.node().toString(),
                    root.hardhatCli().toString(),
                    "node",
                    "--hostname",
                    "127.0.0.1",
                    "--port",
                    Integer.toString(port));
        }
        Path state = root.devnetWorkDir().resolve("detached-" + port + ".state.json");
        java.nio.file.Files.deleteIfExists(state);
        AnvilOptions options =
                period == null ? AnvilOptions.DEFAULT : AnvilOptions.DEFAULT.withBlockTime(period);
        return AnvilCommandLine.command(root, "127.0.0.1", port, state, options);
    }
}
