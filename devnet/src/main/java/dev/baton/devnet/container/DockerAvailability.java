package dev.baton.devnet.container;

import org.testcontainers.DockerClientFactory;

/**
 * Whether a Docker engine is reachable, so callers can skip or fail container devnets with a clear
 * reason.
 */
public final class DockerAvailability {
    private DockerAvailability() {}

    public static boolean isAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
