package dev.baton.devnet;

import dev.baton.devnet.container.HardhatContainer;
import dev.baton.devnet.process.HardhatProcess;

/** How a devnet runs: a Hardhat node as a child process, or in a locally built container. */
public enum DevnetKind {
    /** {@code hardhat node} as a child process of this JVM; needs only the project's node_modules. */
    PROCESS,
    /** {@code hardhat node} in a Docker container built locally from the host's Node runtime. */
    CONTAINER;

    /** Starts a fresh devnet of this kind for the project found by {@link ProjectRoot#locate()}. */
    public Devnet start() {
        ProjectRoot root = ProjectRoot.locate();
        return switch (this) {
            case PROCESS -> HardhatProcess.start(root);
            case CONTAINER -> HardhatContainer.start(root);
        };
    }
}
