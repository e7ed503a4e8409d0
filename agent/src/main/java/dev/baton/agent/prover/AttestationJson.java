package dev.baton.agent.prover;

import dev.baton.market.Attestation;
import dev.baton.market.Bytes32;
import dev.baton.market.CompactSignature;
import dev.baton.market.SignedAttestation;
import dev.baton.market.TreePosition;
import dev.baton.types.Address;
import java.util.HexFormat;

/**
 * One signed leaf attestation in the file format provers hand to proposers ({@code baton prover
 * attest --out}, the prover agent's {@link AttestationOutbox}, read by {@code baton market prove});
 * {@code part} (hex) is the attested part's bytes, kept by its prover for a dispute.
 */
public record AttestationJson(
        String prover,
        long height,
        String txOrderRoot,
        int depth,
        long index,
        String partHash,
        String signature,
        String part) {

    /** The attestation with the part's bytes ({@code null}: none kept). */
    public static AttestationJson of(SignedAttestation a, byte[] part) {
        Attestation att = a.attestation();
        return new AttestationJson(
                a.prover().toString(),
                att.height(),
                att.txOrderRoot().hex(),
                att.position().depth(),
                att.position().index(),
                att.partHash().hex(),
                a.signature().toRsv(),
                part == null ? null : "0x" + HexFormat.of().formatHex(part));
    }

    /** The signed attestation this entry holds. */
    public SignedAttestation toSigned() {
        Attestation att =
                new Attestation(
                        height,
                        Bytes32.of(txOrderRoot),
                        TreePosition.of(depth, index),
                        Bytes32.of(partHash));
        return new SignedAttestation(att, Address.of(prover), CompactSignature.fromRsv(signature));
    }
}
