package dev.baton.devnet;

import dev.baton.devnet.anvil.AnvilProcess;
import dev.baton.devnet.container.HardhatContainer;
import dev.baton.devnet.process.HardhatProcess;

/**
 * Test helper run in a child JVM: starts a devnet of the kind named in {@code args[0]}, prints
 * {@code READY <rpcUrl> <pid or container id>}, then either waits to be killed ({@code args[1] =
 * hold}) or exits without closing the devnet ({@code args[1] = exit}), leaving the cleanup to
 * shutdown hooks.
 */
public final class DevnetHolder {

    public static void main(String[] args) throws InterruptedException {
        Devnet devnet = DevnetKind.valueOf(args[0]).start();
        String handle =
                switch (devnet) {
                    case HardhatProcess node -> Long.toString(node.pid());
                    case AnvilProcess node -> Long.toString(node.pid());
                    case HardhatContainer container -> container.containerId();
                    default -> throw new IllegalStateException("unknown devnet " + devnet);
                };
        System.out.println("READY " + devnet.rpcUrl() + " " + handle);
        System.out.flush();
        if (args[1].equals("exit")) {
            System.exit(0);
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    private DevnetHolder() {}
}
