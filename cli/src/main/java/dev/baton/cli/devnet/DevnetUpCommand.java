package dev.baton.cli.devnet;

import dev.baton.cli.OutputOptions;
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

    @Option(names = "--port", defaultValue = "8545", description = "Port for a detached node (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--docker", description = "Run the node in a local container (foreground only).")
    boolean docker;

    @Override
    public void run() {
        Printer printer = output.printer();
        if (detach) {
            printer.result(startDetached(ProjectRoot.locate()));
            return;
        }
        try (Devnet devnet = (docker ? DevnetKind.CONTAINER : DevnetKind.PROCESS).start()) {
            printer.result(Map.of("rpcUrl", devnet.rpcUrl(), "chainId", devnet.chainId(), "kind", devnet.kind().name()));
            printer.progress("devnet running; press Ctrl-C to stop");
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private DetachedNode startDetached(ProjectRoot root) {
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
