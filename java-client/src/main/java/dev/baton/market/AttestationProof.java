package dev.baton.market;

import java.util.HexFormat;
import java.util.List;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.DynamicBytes;

/**
 * The proof format of the devnet AttestationVerifier: {@code abi.encode(Attestation[])} with each
 * element {@code (uint8 depth, uint32 index, bytes32 partHash, bytes32 r, bytes32 vs)} in leaf
 * order, and the single-part form {@code abi.encode(bytes part, r, vs)} a prover shows in a slash
 * dispute (the part itself, whose hash it attested).
 */
public final class AttestationProof {
    private AttestationProof() {}

    /** The block proof; the attestations must be in the transcript's order (one per assignment). */
    public static byte[] encode(List<SignedAttestation> attestations) {
        FixedLayout words = FixedLayout.encode().uint(32).uint(attestations.size());
        for (SignedAttestation a : attestations) {
            words.uint(a.position().depth())
                    .uint(a.position().index())
                    .bytes32(a.attestation().partHash())
                    .bytes32(a.signature().r())
                    .bytes32(a.signature().vs());
        }
        return words.bytes();
    }

    /**
     * One part, as {@code disputeSlash} takes it: {@code abi.encode(bytes part, bytes32 r, bytes32
     * vs)}, the part's bytes with the attestation over their hash.
     *
     * @throws IllegalArgumentException when {@code part} is not the part the attestation signed
     */
    public static byte[] encodePart(SignedAttestation attestation, byte[] part) {
        if (!Attestation.partHashOf(part).equals(attestation.attestation().partHash())) {
            throw new IllegalArgumentException(
                    "part: its hash "
                            + Attestation.partHashOf(part).hex()
                            + " is not the attested part hash "
                            + attestation.attestation().partHash().hex());
        }
        String hex =
                FunctionEncoder.encodeConstructor(
                        List.of(
                                new DynamicBytes(part),
                                new org.web3j.abi.datatypes.generated.Bytes32(
                                        attestation.signature().r().bytes()),
                                new org.web3j.abi.datatypes.generated.Bytes32(
                                        attestation.signature().vs().bytes())));
        return HexFormat.of().parseHex(hex);
    }

    public static String toHex(byte[] encoded) {
        return "0x" + HexFormat.of().formatHex(encoded);
    }
}
