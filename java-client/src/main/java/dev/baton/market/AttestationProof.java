package dev.baton.market;

import java.util.HexFormat;
import java.util.List;

/**
 * The proof format of the devnet AttestationVerifier: {@code abi.encode(Attestation[])} with each element
 * {@code (uint8 depth, uint32 index, bytes32 partHash, bytes32 r, bytes32 vs)} in leaf order, and the single-part
 * form {@code abi.encode(partHash, r, vs)} a prover shows in a slash dispute.
 */
public final class AttestationProof {
    private AttestationProof() {}

    /** The block proof; the attestations must be in the transcript's order (one per assignment). */
    public static byte[] encode(List<SignedAttestation> attestations) {
        AbiWords words = AbiWords.encode().uint(32).uint(attestations.size());
        for (SignedAttestation a : attestations) {
            words.uint(a.position().depth())
                    .uint(a.position().index())
                    .bytes32(a.attestation().partHash())
                    .bytes32(a.signature().r())
                    .bytes32(a.signature().vs());
        }
        return words.bytes();
    }

    /** One part, as {@code disputeSlash} takes it. */
    public static byte[] encodePart(SignedAttestation attestation) {
        return AbiWords.encode()
                .bytes32(attestation.attestation().partHash())
                .bytes32(attestation.signature().r())
                .bytes32(attestation.signature().vs())
                .bytes();
    }

    public static String toHex(byte[] encoded) {
        return "0x" + HexFormat.of().formatHex(encoded);
    }
}
