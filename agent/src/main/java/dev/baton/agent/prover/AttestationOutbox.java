package dev.baton.agent.prover;

import dev.baton.market.SignedAttestation;
import dev.baton.market.Transcript;
import dev.baton.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The directory the prover agent hands its leaf attestations to the proposer through (in place of
 * the L2 gossip network): one file per attested node, in the format of {@code baton prover attest
 * --out} (a JSON list of one attestation with the part's bytes), so {@code baton market prove
 * --attestations DIR/*.json} reads them. A file is written once, atomically (a crash leaves it
 * whole or absent).
 */
public final class AttestationOutbox {
    private final Path dir;

    public AttestationOutbox(Path dir) {
        this.dir = dir;
    }

    /**
     * The file of {@code transcript}'s node at {@code position} (the assignment's index in the
     * transcript).
     */
    public Path file(Transcript transcript, int position) {
        var node = transcript.assignments().get(position).position();
        return dir.resolve(
                "h"
                        + transcript.height()
                        + "-"
                        + transcript.proposer().lowerHex().substring(2, 10)
                        + "-"
                        + transcript.blockCommitment().hex().substring(2, 18)
                        + "-"
                        + node.depth()
                        + "_"
                        + node.index()
                        + ".json");
    }

    public boolean has(Transcript transcript, int position) {
        return Files.isRegularFile(file(transcript, position));
    }

    /** Writes the attestation and its part's bytes (kept for a dispute). */
    public void write(Transcript transcript, int position, SignedAttestation signed, byte[] part) {
        AttestationJson entry = AttestationJson.of(signed, part);
        Path target = file(transcript, position);
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".attestation", ".tmp");
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(tmp.toFile(), List.of(entry));
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** The attestation an outbox file holds, as a proposer reads it back. */
    public static SignedAttestation read(Path file) {
        try {
            AttestationJson[] entries =
                    Json.MAPPER.readValue(Files.readString(file), AttestationJson[].class);
            if (entries.length != 1) {
                throw new IllegalStateException(
                        file + " holds " + entries.length + " attestations, not one");
            }
            return entries[0].toSigned();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }
}
