package dev.baton.devnet.deploy;

import dev.baton.model.DeploymentManifest;
import dev.baton.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Where a deployment keeps its manifest while it runs, and beside it the record of the one contract
 * creation in flight ({@code <manifest>.inflight}). Each write goes to a sibling file first and
 * then replaces the target in one move, so an interruption leaves either the previous file or the
 * new one, never half of one.
 */
final class ManifestFile {
    private final Path file;

    /**
     * @param file the manifest path, or null to write nothing
     */
    ManifestFile(Path file) {
        this.file = file == null ? null : file.toAbsolutePath();
    }

    /** The in-flight record beside {@code manifest}. */
    static Path inFlightOf(Path manifest) {
        Path target = manifest.toAbsolutePath();
        return target.resolveSibling(target.getFileName() + ".inflight");
    }

    void write(DeploymentManifest manifest) {
        if (file != null) {
            replace(file, manifest::write);
        }
    }

    /** The creation an interrupted run left in flight, if it left one. */
    Optional<InFlightCreation> inFlight() {
        if (file == null || !Files.exists(inFlightOf(file))) {
            return Optional.empty();
        }
        Path path = inFlightOf(file);
        try {
            return Optional.of(
                    Json.MAPPER.readValue(Files.readString(path), InFlightCreation.class));
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException(
                    "cannot read the deployment's in-flight record "
                            + path
                            + ": "
                            + e.getMessage()
                            + " (remove it to deploy that contract again)",
                    e);
        }
    }

    void writeInFlight(InFlightCreation creation) {
        if (file != null) {
            replace(
                    inFlightOf(file),
                    path -> {
                        try {
                            Files.writeString(path, Json.MAPPER.writeValueAsString(creation));
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
        }
    }

    void clearInFlight() {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(inFlightOf(file));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot remove " + inFlightOf(file) + ": " + e.getMessage(), e);
        }
    }

    private static void replace(Path target, Consumer<Path> writer) {
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        writer.accept(partial);
        try {
            Files.move(
                    partial,
                    target,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace " + target + ": " + e.getMessage(), e);
        }
    }
}
