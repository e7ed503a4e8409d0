package dev.baton.cli.devnet;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.cli.config.NodeOptions;
import dev.baton.cli.Printer;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.ProjectRoot;
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
 * Starts a devnet. In the foreground (the default) it runs until interrupted and is stopped with the JVM; with
 * {@code --detach} it leaves a node running on a fixed port for other processes (e.g. another project's CI) until
 * {@code baton devnet down}.
 */
@Command(name = "up", mixinStandardHelpOptions = true, description = "Start a devnet and print its JSON-RPC URL.")
public final class DevnetUpCommand implements Runnable {
    @Mixin OutputOptions output;

    @Option(names = "--detach", description = "Leave the node running after this command exits (stop it with `baton devnet down`).")
    boolean detach;

    @Option(names = "--port", paramLabel = "PORT", description = "Port for a detached node (default: the port of the "
            + "configured --rpc-url, BATON_RPC_URL or config rpcUrl, which must then be a 127.0.0.1 or localhost URL; else 8545).")
    Integer port;

    @Mixin NodeOptions connection;

    @Option(names = "--docker", description = "Run the node in a local container (foreground only).")
    boolean docker;

    @Override
    public void run() {
        Printer printer = output.printer();
        if (detach) {
            int listenPort = detachedPort();
            printer.result(startDetached(ProjectRoot.locate(), listenPort));
            return;
        }
        if (port != null) throw new ConfigException("--port applies to a detached node: add --detach");
        try (Devnet devnet = (docker ? DevnetKind.CONTAINER : DevnetKind.PROCESS).start()) {
            printer.result(Map.of("rpcUrl", devnet.rpcUrl(), "chainId", devnet.chainId(), "kind", devnet.kind().name()));
            printer.progress("devnet running; press Ctrl-C to stop");
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** --port, else the configured URL's port (a local URL only), else 8545. */
    int detachedPort() {
        if (port != null) return port;
        var configured = connection.configuredRpcUrl();
        if (configured.isEmpty()) return DEFAULT_PORT;
        java.util.regex.Matcher local = LOCAL_URL.matcher(configured.get());
        if (!local.matches()) {
            throw new ConfigException("devnet up --detach: the configured rpcUrl '" + configured.get() + "' is not a "
                    + "local http://127.0.0.1:PORT or http://localhost:PORT URL; give --port or --rpc-url");
        }
        return local.group(1) == null ? 80 : Integer.parseInt(local.group(1));
    }

    static final int DEFAULT_PORT = 8545;
    private static final java.util.regex.Pattern LOCAL_URL =
            java.util.regex.Pattern.compile("(?i)http://(?:127\\.0\\.0\\.1|localhost)(?::(\\d{1,5}))?/?");

    private DetachedNode startDetached(ProjectRoot root, int port) {
        DetachedNode.read(root).filter(n -> n.process().isPresent()).ifPresent(n -> {
            throw DetachedNode.alreadyRunning(n);
        });
        Path log = root.devnetWorkDir().resolve("detached-" + port + ".log");
        try {
            java.nio.file.Files.createDirectories(log.getParent());
            Process process = new ProcessBuilder(List.of(root.node().toString(), root.hardhatCli().toString(), "node",
                            "--hostname", "127.0.0.1", "--port", Integer.toString(port)))
                    .directory(root.dir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            String url = "http://127.0.0.1:" + port;
            Readiness.await(url, Duration.ofSeconds(60), process::isAlive);
            DetachedNode node = new DetachedNode(process.pid(), port, url, log.toString());
            node.write(root);
            return node;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the devnet node (log: " + log + ")", e);
        }
    }
}
