package dev.baton.devnet.container;

import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.ProjectRoot;
import java.time.Duration;

/**
 * A Hardhat node in a Docker container from the locally built {@link HardhatImage}, published on a
 * random host port. Never pulls. {@link #close()} removes the container; at JVM exit
 * Testcontainers' own shutdown hook does (it replaces Ryuk when Ryuk is disabled); and since a JVM
 * killed with SIGKILL runs no hook, containers are labelled with their owning JVM and every start
 * removes those whose owner is gone.
 */
public final class HardhatContainer extends LocalImageContainer {

    private HardhatContainer(Started started) {
        super(started);
    }

    public static HardhatContainer start(ProjectRoot root) {
        return start(root, DEFAULT_START_TIMEOUT, 0);
    }

    /** Starts one as {@link LocalImageContainer#launch} does, on {@code hostPort} (0: random). */
    public static HardhatContainer start(ProjectRoot root, Duration timeout, int hostPort) {
        Started started =
                launch(
                        "Hardhat",
                        root,
                        HardhatImage::ensure,
                        HardhatImage.RPC_PORT,
                        timeout,
                        hostPort);
        return new HardhatContainer(started).ready(started);
    }

    @Override
    public DevnetKind kind() {
        return DevnetKind.CONTAINER;
    }

    /**
     * Stops the container without removing it (the node goes down; its in-memory chain is lost).
     * Clients see connection failures until {@link #startNode(Duration)}, which brings the node
     * back as a FRESH chain (same chain id, same dev accounts, block 0): redeploy what the test
     * needs.
     */
    public void stopNode() {
        stopContainer(2);
    }
}
