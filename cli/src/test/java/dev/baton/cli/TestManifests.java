package dev.baton.cli;

import dev.baton.model.DeploymentManifest;
import java.nio.file.Path;
import java.util.Map;

/** Deployment manifests the command tests point commands at. */
public final class TestManifests {
    private TestManifests() {}

    /**
     * Writes to {@code file} a manifest of chain {@code chainId} with no contracts or tokens whose
     * node is port 9 (discard) on loopback, where nothing answers JSON-RPC.
     */
    public static Path unreachable(Path file, long chainId) {
        new DeploymentManifest(chainId, "http://127.0.0.1:9", 0, Map.of(), Map.of()).write(file);
        return file;
    }
}
