package dev.baton.devnet;

import dev.baton.devnet.anvil.AnvilOptions;
import dev.baton.devnet.anvil.AnvilProcess;
import dev.baton.devnet.container.AnvilContainer;
import dev.baton.devnet.container.HardhatContainer;
import dev.baton.devnet.process.HardhatProcess;
import dev.baton.devnet.rpc.DevnetControl;
import java.time.Duration;

/**
 * How a devnet runs: a Hardhat node as a child process or in a locally built container, or an anvil
 * node (which keeps its chain across a stop and start, and reorganises for real) as a child process
 * or in a container.
 */
public enum DevnetKind {
    /**
     * {@code hardhat node} as a child process of this JVM; needs only the project's node_modules.
     */
    PROCESS,
    /** {@code hardhat node} in a Docker container built locally from the host's Node runtime. */
    CONTAINER,
    /**
     * {@code anvil} from the project's npm dependency as a child process, its chain in a {@code
     * --state} file.
     */
    ANVIL,
    /**
     * {@code anvil} in a Docker container built locally from the same binary (nothing is pulled).
     */
    ANVIL_CONTAINER;

    /** Starts a fresh devnet of this kind for the project found by {@link ProjectRoot#locate()}. */
    public Devnet start() {
        ProjectRoot root = ProjectRoot.locate();
        return switch (this) {
            case PROCESS -> HardhatProcess.start(root);
            case CONTAINER -> HardhatContainer.start(root);
            case ANVIL -> AnvilProcess.start(root);
            case ANVIL_CONTAINER -> AnvilContainer.start(root);
        };
    }

    /**
     * Starts a fresh devnet of this kind that mines a block every {@code blockTime} by itself,
     * automine off (a transaction waits for the next block, as on a real chain): anvil as a process
     * takes {@code --block-time}, the other kinds are switched after start ({@link
     * DevnetControl#mineEvery}).
     */
    public Devnet start(Duration blockTime) {
        DevnetControl.blockTimeSeconds(blockTime);
        if (this == ANVIL) {
            return AnvilProcess.start(
                    ProjectRoot.locate(), AnvilOptions.DEFAULT.withBlockTime(blockTime));
        }
        Devnet devnet = start();
        try {
            devnet.control().mineEvery(blockTime);
            return devnet;
        } catch (RuntimeException e) {
            devnet.close();
            throw e;
        }
    }
}
