package dev.baton.agent.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * The keys every agent file has ({@code name}, {@code connection}, {@code store}, {@code
 * pollIntervalMillis}, {@code metricsPort}) and what is derived from them, so each agent's record
 * derives them the same way. The records implement this with their components; {@link
 * CommonAgentKeys} checks the values in their compact constructors.
 */
public interface AgentBasics {
    /** The store and metrics key. */
    String name();

    /**
     * The operator config file with rpcUrl, manifest and signer; {@code null} for the usual lookup.
     */
    String connection();

    /** The agent's database file, relative to the agent file's directory. */
    String store();

    Integer pollIntervalMillis();

    /** The port of /metrics, /health and /status (0: any free port); {@code null} for none. */
    Integer metricsPort();

    /**
     * {@code text} or {@code json}; {@code null} when the file does not say. Read before the first
     * logger by {@link dev.baton.agent.logging.LogFormat#fromAgentFile}; the key is checked here
     * with the rest of the file.
     */
    String logFormat();

    default Duration pollInterval() {
        return Duration.ofMillis(pollIntervalMillis());
    }

    default Path storePath(Path configDir) {
        return configDir.resolve(store());
    }

    default Optional<Path> connectionPath(Path configDir) {
        return Optional.ofNullable(connection()).map(configDir::resolve);
    }
}
