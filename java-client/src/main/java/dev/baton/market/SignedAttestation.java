package dev.baton.market;

import dev.baton.types.Address;

/** A leaf attestation with its prover and signature: one part of an AttestationVerifier proof. */
public record SignedAttestation(
        Attestation attestation, Address prover, CompactSignature signature) {
    public SignedAttestation {
        if (attestation == null || prover == null || signature == null) {
            throw new IllegalArgumentException(
                    "signed attestation needs attestation, prover and signature");
        }
    }

    /** Whether the signature recovers to {@code prover} in the verifier's {@code domain}. */
    public boolean isValid(Eip712Domain domain) {
        return signature.recover(attestation.digest(domain)).filter(prover::equals).isPresent();
    }

    public TreePosition position() {
        return attestation.position();
    }
}
