package dev.baton.allocation;

import dev.baton.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The machine-readable benchmark file ({@code bench/results/client.json}): one JSON object shared
 * by several benchmarks, so a writer merges its own key into what is there instead of replacing the
 * file.
 */
final class BenchResults {
    private BenchResults() {}

    /**
     * Sets {@code key} to {@code value} in the object stored at {@code file}, creating the file if
     * missing.
     */
    static void merge(Path file, String key, double value) {
        try {
            ObjectNode results = read(file);
            results.put(key, value);
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            // Write beside the target and move, so a concurrent reader never sees a half-written
            // file.
            Path temporary = Files.createTempFile(parent, ".client-", ".tmp.json");
            Files.writeString(
                    temporary,
                    Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(results)
                            + "\n");
            Files.move(
                    temporary,
                    file,
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot update " + file + ": " + e.getMessage(), e);
        }
    }

    private static ObjectNode read(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Json.MAPPER.createObjectNode();
        }
        JsonNode existing = Json.MAPPER.readTree(Files.readString(file));
        if (!(existing instanceof ObjectNode object)) {
            throw new IllegalStateException(
                    file + " must hold one JSON object, found " + existing.getNodeType());
        }
        return object;
    }
}
