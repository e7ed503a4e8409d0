package dev.baton.cli.devnet;

import dev.baton.cli.OutputOptions;
import dev.baton.devnet.ProjectRoot;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Stops the node started by `baton devnet up --detach`, by its recorded PID (checked to still be that node). */
@Command(name = "down", mixinStandardHelpOptions = true, description = "Stop the detached devnet.")
public final class DevnetDownCommand implements Runnable {
    @Mixin OutputOptions output;

    @Override
    public void run() {
        ProjectRoot root = ProjectRoot.locate();
        var node = DetachedNode.read(root);
        boolean stopped = false;
        if (node.isPresent()) {
            var process = node.get().process();
            if (process.isPresent()) {
                process.get().destroy();
                process.get().onExit().orTimeout(10, TimeUnit.SECONDS).exceptionally(e -> {
                    process.get().destroyForcibly();
                    return null;
                }).join();
                stopped = true;
            }
            DetachedNode.forget(root);
        }
        output.printer().result(Map.of("stopped", stopped,
                "rpcUrl", node.map(DetachedNode::rpcUrl).orElse("")));
    }
}
