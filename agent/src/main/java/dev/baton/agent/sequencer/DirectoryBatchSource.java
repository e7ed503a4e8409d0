package dev.baton.agent.sequencer;

import dev.baton.client.auction.BatchSource;
import dev.baton.client.auction.ScheduledSlot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Batch hashes from a directory the rollup node writes: one file per slot named {@code
 * EPOCH-SLOT.batch} (e.g. {@code 12-3.batch}) holding the hash as {@code 0x} and 64 hex digits. The
 * node should write a temporary file and rename it; a file absent or not (yet) a hash is {@link
 * BatchNotReadyException}, asked again at the next head.
 */
public final class DirectoryBatchSource implements BatchSource {
    private final Path directory;

    public DirectoryBatchSource(Path directory) {
        this.directory = directory;
    }

    public static String fileName(ScheduledSlot slot) {
        return slot.epoch() + "-" + slot.slot() + ".batch";
    }

    @Override
    public byte[] batchFor(ScheduledSlot slot) {
        Path file = directory.resolve(fileName(slot));
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new BatchNotReadyException("no batch file " + file + " yet");
        } catch (IOException e) {
            throw new UncheckedIOException("batch file " + file + ": " + e.getMessage(), e);
        }
        byte[] hash = BatchHashes.parse(text);
        if (hash == null) {
            throw new BatchNotReadyException(
                    "batch file " + file + " does not hold a 0x-prefixed 32-byte hash (yet)");
        }
        return hash;
    }
}
