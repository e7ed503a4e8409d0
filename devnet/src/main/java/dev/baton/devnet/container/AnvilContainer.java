package dev.baton.devnet.container;

import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.ProjectRoot;
import java.time.Duration;

/**
 * An anvil node in a Docker container from the locally built {@link AnvilImage}, published on a
 * loopback host port. Never pulls. Its chain lives in the container's {@code /data/state.json}:
 * {@link #stopNode()} stops the container (anvil writes the state on SIGTERM) and {@link
 * #startNode(Duration)} starts the same container WITH its chain. {@link #close()} removes the
 * container; stale ones of dead JVMs are removed on every start, as for Hardhat.
 */
public final class AnvilContainer extends LocalImageContainer {

    private AnvilContainer(Started started) {
        super(started);
    }

    public static AnvilContainer start(ProjectRoot root) {
        return start(root, DEFAULT_START_TIMEOUT, 0);
    }

    /** Starts one as {@link LocalImageContainer#launch} does, on {@code hostPort} (0: random). */
    public static AnvilContainer start(ProjectRoot root, Duration timeout, int hostPort) {
        Started started =
                launch("anvil", root, AnvilImage::ensure, AnvilImage.RPC_PORT, timeout, hostPort);
        return new AnvilContainer(started).ready(started);
    }

    @Override
    public DevnetKind kind() {
        return DevnetKind.ANVIL_CONTAINER;
    }

    /**
     * Stops the container without removing it; anvil writes its chain to the state file. Clients
     * see connection failures until {@link #startNode(Duration)}.
     */
    public void stopNode() {
        stopContainer(20);
    }
}
