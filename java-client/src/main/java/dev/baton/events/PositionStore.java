package dev.baton.events;

import dev.baton.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Persists a cursor position as a small JSON file, replaced atomically so a crash never leaves half
 * a file.
 */
public interface PositionStore {
    Optional<CursorPosition> load();

    void save(CursorPosition position);

    static PositionStore file(Path path) {
        return new FileStore(path);
    }

    /** Keeps the position in memory only (a cursor that restarts from its start block). */
    static PositionStore inMemory() {
        return new PositionStore() {
            private CursorPosition position;

            @Override
            public synchronized Optional<CursorPosition> load() {
                return Optional.ofNullable(position);
            }

            @Override
            public synchronized void save(CursorPosition p) {
                position = p;
            }
        };
    }

    record FileStore(Path path) implements PositionStore {
        @Override
        public Optional<CursorPosition> load() {
            if (!Files.exists(path)) {
                return Optional.empty();
            }
            try {
                return Optional.of(
                        Json.MAPPER.readValue(Files.readString(path), CursorPosition.class));
            } catch (IOException | RuntimeException e) {
                throw new IllegalStateException(
                        "cannot read cursor position " + path + ": " + e.getMessage(), e);
            }
        }

        @Override
        public void save(CursorPosition position) {
            try {
                Path dir = path.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                Path tmp = Files.createTempFile(dir, path.getFileName().toString(), ".tmp");
                Files.writeString(tmp, Json.MAPPER.writeValueAsString(position));
                Files.move(
                        tmp,
                        path,
                        StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                throw new UncheckedIOException(
                        "cannot write cursor position " + path + ": " + e.getMessage(), e);
            }
        }
    }
}
