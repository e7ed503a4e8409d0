package dev.baton.cli.devnet;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.cli.config.NodeOptions;
import dev.baton.devnet.ProjectRoot;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * Stops the node started by `baton devnet up --detach`, by its recorded PID (checked to still be
 * that node). When a URL is configured ({@code --rpc-url}, {@code BATON_RPC_URL} or the config
 * file) the recorded node must be at that URL. Its log ({@code target/devnet/detached-PORT.log})
 * stays for diagnosis.
 */
@Command(
        name = "down",
        mixinStandardHelpOptions = true,
        description = "Stop the detached devnet (its log stays under target/devnet/).")
public final class DevnetDownCommand implements Runnable {
    @Mixin NodeOptions connection;
    @Mixin OutputOptions output;

    @Override
    public void run() {
        ProjectRoot root = ProjectRoot.locate();
        var node = DetachedNode.read(root);
        var expected = connection.configuredRpcUrl();
        if (node.isPresent()
                && expected.isPresent()
                && !sameNode(node.get().rpcUrl(), expected.get())) {
            throw new ConfigException(
                    "the detached devnet runs at "
                            + node.get().rpcUrl()
                            + ", not at the configured "
                            + expected.get()
                            + ": give --rpc-url "
                            + node.get().rpcUrl()
                            + " to stop it");
        }
        boolean stopped = false;
        if (node.isPresent()) {
            var process = node.get().process();
            if (process.isPresent()) {
                process.get().destroy();
                process.get()
                        .onExit()
                        .orTimeout(10, TimeUnit.SECONDS)
                        .exceptionally(
                                e -> {
                                    process.get().destroyForcibly();
                                    return null;
                                })
                        .join();
                stopped = true;
            }
            DetachedNode.forget(root);
        }
        output.printer()
                .result(
                        Map.of(
                                "stopped",
                                stopped,
                                "rpcUrl",
                                node.map(DetachedNode::rpcUrl).orElse("")));
    }

    static boolean sameNode(String recorded, String configured) {
        return normalise(recorded).equals(normalise(configured));
    }

    private static String normalise(String url) {
        return url.toLowerCase(java.util.Locale.ROOT)
                .replace("://localhost:", "://127.0.0.1:")
                .replaceAll("/+$", "");
    }
}
