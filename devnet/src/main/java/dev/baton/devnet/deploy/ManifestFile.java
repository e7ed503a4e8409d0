package dev.baton.devnet.deploy;

import dev.baton.model.DeploymentManifest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a deployment keeps its manifest while it runs. Each write goes to a sibling file first and
 * then replaces the manifest in one move, so an interruption leaves either the previous manifest or
 * the new one, never half of one.
 */
final class ManifestFile {
    private final Path file;

    /**
     * @param file the manifest path, or null to write nothing
     */
    ManifestFile(Path file) {
        this.file = file;
    }

    void write(DeploymentManifest manifest) {
        if (file == null) {
            return;
        }
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        manifest.write(partial);
        try {
            Files.move(
                    partial,
                    target,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot replace deployment manifest " + target + ": " + e.getMessage(), e);
        }
    }
}
