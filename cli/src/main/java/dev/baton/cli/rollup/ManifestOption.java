package dev.baton.cli.rollup;

import dev.baton.cli.ConfigException;
import dev.baton.model.DeploymentManifest;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --manifest FILE}: the deployment manifest that resolves token symbols and contract names. */
public final class ManifestOption {

    @Option(
            names = "--manifest",
            paramLabel = "FILE",
            defaultValue = "${env:BATON_MANIFEST:-deployment.json}",
            description = "Deployment manifest (default: $BATON_MANIFEST, else ${DEFAULT-VALUE}).")
    Path file;

    /** The manifest, or a configuration error naming the file. */
    public DeploymentManifest read() {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("deployment manifest " + file + " not found (set --manifest or BATON_MANIFEST)");
        }
        try {
            return DeploymentManifest.read(file);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }
}
