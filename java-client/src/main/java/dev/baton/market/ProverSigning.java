package dev.baton.market;

/**
 * Signs a prover's votes and leaf attestations with a {@link TypedDataSigner}. Votes of a local key
 * are signed from their EIP-712 hashes (the per-vote hot path); JSON-signed messages are checked
 * against the digest the contracts compute, so a signer that hashed the typed data differently
 * fails here, not on chain.
 */
public final class ProverSigning {
    private final TypedDataSigner signer;

    public ProverSigning(TypedDataSigner signer) {
        this.signer = signer;
    }

    /**
     * Signs {@code vote} in the market's domain: from its hashes when the signer can (a local key,
     * no JSON built or parsed), else from its typed-data JSON, checked against the digest the
     * contract computes.
     */
    public SignedVote vote(Eip712Domain marketDomain, Vote vote) {
        Bytes32 structHash = vote.structHash();
        var direct = signer.signHashes(marketDomain, structHash);
        CompactSignature signature =
                direct.isPresent()
                        ? CompactSignature.fromRsv(direct.get())
                        : sign(vote.typedDataJson(marketDomain), marketDomain.digest(structHash));
        return new SignedVote(vote, signer.address(), signature);
    }

    /** Signs {@code attestation} in the verifier's domain. */
    public SignedAttestation attest(Eip712Domain verifierDomain, Attestation attestation) {
        CompactSignature signature =
                sign(attestation.typedDataJson(verifierDomain), attestation.digest(verifierDomain));
        return new SignedAttestation(attestation, signer.address(), signature);
    }

    private CompactSignature sign(String typedDataJson, Bytes32 expectedDigest) {
        CompactSignature signature = CompactSignature.fromRsv(signer.signTypedData(typedDataJson));
        var recovered = signature.recover(expectedDigest);
        if (recovered.isEmpty() || !recovered.get().equals(signer.address())) {
            throw new IllegalStateException(
                    "signer "
                            + signer.address()
                            + " produced a signature that does not "
                            + "recover to it over digest "
                            + expectedDigest
                            + " (recovered "
                            + recovered.orElse(null)
                            + ")");
        }
        return signature;
    }
}
