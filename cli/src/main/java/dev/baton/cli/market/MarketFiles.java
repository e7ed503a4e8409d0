package dev.baton.cli.market;

import dev.baton.agent.prover.AttestationJson;
import dev.baton.cli.ConfigException;
import dev.baton.market.Assignment;
import dev.baton.market.BlockReveal;
import dev.baton.market.Bytes32;
import dev.baton.market.CompactSignature;
import dev.baton.market.SignedAttestation;
import dev.baton.market.SignedVote;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.market.Vote;
import dev.baton.model.Json;
import dev.baton.types.Address;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import tools.jackson.core.type.TypeReference;

/**
 * The JSON files the market commands exchange in place of the L2 gossip network: votes and
 * attestations (provers to proposers), transcripts (proposers to provers, for disputes) and the
 * proposer's private proposal (with the secret).
 */
final class MarketFiles {
    record VoteJson(
            String prover,
            String rollup,
            long height,
            String proposer,
            String blockCommitment,
            int proverRewardBps,
            int depth,
            long index,
            String signature) {}

    record AssignmentJson(String prover, int depth, long index, String signature) {}

    record TranscriptJson(
            long height,
            String proposer,
            String blockCommitment,
            int proverRewardBps,
            int treeDepth,
            List<AssignmentJson> assignments) {}

    record ProposalJson(TranscriptJson transcript, String txOrderRoot, String secret) {}

    private MarketFiles() {}

    static VoteJson toJson(SignedVote v) {
        Vote vote = v.vote();
        return new VoteJson(
                v.prover().toString(),
                vote.rollup().toString(),
                vote.height(),
                vote.proposer().toString(),
                vote.blockCommitment().hex(),
                vote.proverRewardBps(),
                vote.position().depth(),
                vote.position().index(),
                v.signature().toRsv());
    }

    static SignedVote fromJson(VoteJson j) {
        Vote vote =
                new Vote(
                        Address.of(j.rollup()),
                        j.height(),
                        Address.of(j.proposer()),
                        Bytes32.of(j.blockCommitment()),
                        j.proverRewardBps(),
                        TreePosition.of(j.depth(), j.index()));
        return new SignedVote(
                vote, Address.of(j.prover()), CompactSignature.fromRsv(j.signature()));
    }

    static AttestationJson toJson(SignedAttestation a) {
        return toJson(a, null);
    }

    /** The attestation with the part's bytes ({@code null}: none kept). */
    static AttestationJson toJson(SignedAttestation a, byte[] part) {
        return AttestationJson.of(a, part);
    }

    /** Bytes of a {@code 0x}-prefixed hex value, a typed error naming {@code field} otherwise. */
    static byte[] hexBytes(String field, String hex) {
        String digits = hex.startsWith("0x") ? hex.substring(2) : hex;
        try {
            byte[] bytes = HexFormat.of().parseHex(digits);
            if (bytes.length == 0) {
                throw new ConfigException(field + ": must not be empty");
            }
            return bytes;
        } catch (IllegalArgumentException e) {
            throw new ConfigException(field + ": not hex bytes: " + hex, e);
        }
    }

    static SignedAttestation fromJson(AttestationJson j) {
        return j.toSigned();
    }

    static TranscriptJson toJson(Transcript t) {
        List<AssignmentJson> assignments =
                t.assignments().stream()
                        .map(
                                a ->
                                        new AssignmentJson(
                                                a.prover().toString(),
                                                a.position().depth(),
                                                a.position().index(),
                                                a.vote().toRsv()))
                        .toList();
        return new TranscriptJson(
                t.height(),
                t.proposer().toString(),
                t.blockCommitment().hex(),
                t.proverRewardBps(),
                t.treeDepth(),
                assignments);
    }

    static Transcript fromJson(TranscriptJson j) {
        List<Assignment> assignments = new ArrayList<>();
        for (AssignmentJson a : j.assignments()) {
            assignments.add(
                    new Assignment(
                            Address.of(a.prover()),
                            TreePosition.of(a.depth(), a.index()),
                            CompactSignature.fromRsv(a.signature())));
        }
        return new Transcript(
                j.height(),
                Address.of(j.proposer()),
                Bytes32.of(j.blockCommitment()),
                j.proverRewardBps(),
                j.treeDepth(),
                assignments);
    }

    static BlockReveal reveal(ProposalJson p) {
        return new BlockReveal(Bytes32.of(p.txOrderRoot()), Bytes32.of(p.secret()));
    }

    static ProposalJson readProposal(Path file) {
        return read(file, new TypeReference<ProposalJson>() {});
    }

    static Transcript readTranscript(Path file) {
        TranscriptJson json = read(file, new TypeReference<TranscriptJson>() {});
        return checked(file, () -> fromJson(json));
    }

    /**
     * Converts a parsed file entry, reporting a bad value (or a missing field) against the file.
     */
    static <T> T checked(Path file, Supplier<T> conversion) {
        try {
            return conversion.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }

    static List<SignedVote> readVotes(List<Path> files) {
        List<SignedVote> votes = new ArrayList<>();
        for (Path file : files) {
            for (VoteJson j : read(file, new TypeReference<List<VoteJson>>() {})) {
                votes.add(checked(file, () -> fromJson(j)));
            }
        }
        return votes;
    }

    static List<AttestationJson> readAttestationFiles(List<Path> files) {
        List<AttestationJson> entries = new ArrayList<>();
        for (Path file : files) {
            for (AttestationJson j : read(file, new TypeReference<List<AttestationJson>>() {})) {
                checked(file, () -> fromJson(j));
                entries.add(j);
            }
        }
        return entries;
    }

    static List<SignedAttestation> readAttestations(List<Path> files) {
        List<SignedAttestation> attestations = new ArrayList<>();
        for (Path file : files) {
            for (AttestationJson j : read(file, new TypeReference<List<AttestationJson>>() {})) {
                attestations.add(checked(file, () -> fromJson(j)));
            }
        }
        return attestations;
    }

    static <T> T read(Path file, TypeReference<T> type) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": no such file");
        }
        try {
            return Json.MAPPER.readValue(file.toFile(), type);
        } catch (RuntimeException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }

    static void write(Path file, Object value) {
        try {
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), value);
        } catch (RuntimeException e) {
            throw new ConfigException(file + ": cannot write: " + e.getMessage(), e);
        }
    }

    /** Parses {@code depth:index}. */
    static TreePosition position(String text) {
        String[] parts = text.split(":");
        try {
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected depth:index");
            }
            return TreePosition.of(
                    Integer.parseInt(parts[0].strip()), Long.parseLong(parts[1].strip()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("position '" + text + "': " + e.getMessage(), e);
        }
    }

    /** An address option, or a ConfigException naming the option. */
    static Address address(String option, String text) {
        try {
            return Address.of(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(option + " '" + text + "': " + e.getMessage(), e);
        }
    }
}
