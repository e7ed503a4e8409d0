package dev.baton.market;

/**
 * A prover's leaf attestation for the devnet AttestationVerifier: "I produced part {@code position}
 * of block {@code height} with transaction order {@code txOrderRoot}; its hash is {@code
 * partHash}". EIP-712 type {@value #TYPE}, signed in the verifier's domain ({@link
 * Eip712Domain#attestationVerifier}).
 */
public record Attestation(
        long height, Bytes32 txOrderRoot, TreePosition position, Bytes32 partHash) {
    public static final String TYPE =
            "Attestation(uint256 height,bytes32 txOrderRoot,uint8 depth,uint32 index,bytes32 partHash)";
    private static final Bytes32 TYPE_HASH = FixedLayout.keccak(TYPE);

    public Attestation {
        if (txOrderRoot == null || position == null || partHash == null) {
            throw new IllegalArgumentException(
                    "attestation needs tx order root, position and part hash");
        }
        if (height < 0) {
            throw new IllegalArgumentException("height must not be negative, was " + height);
        }
    }

    /**
     * The attestation of the part with bytes {@code part}: its {@code partHash} is {@code
     * keccak256(part)}, the hash a dispute shows the part against.
     */
    public static Attestation ofPart(
            long height, Bytes32 txOrderRoot, TreePosition position, byte[] part) {
        return new Attestation(height, txOrderRoot, position, partHashOf(part));
    }

    /** {@code keccak256(part)}; an empty part is no part. */
    public static Bytes32 partHashOf(byte[] part) {
        if (part == null || part.length == 0) {
            throw new IllegalArgumentException("part must not be empty");
        }
        return FixedLayout.keccak(part);
    }

    /** hashStruct(attestation). */
    public Bytes32 structHash() {
        return FixedLayout.encode()
                .bytes32(TYPE_HASH)
                .uint(height)
                .bytes32(txOrderRoot)
                .uint(position.depth())
                .uint(position.index())
                .bytes32(partHash)
                .keccak();
    }

    /** The digest the prover signs; the verifier's {@code attestationDigest} returns the same. */
    public Bytes32 digest(Eip712Domain domain) {
        return domain.digest(structHash());
    }

    /** The EIP-712 JSON of this attestation in {@code domain}, for a {@link TypedDataSigner}. */
    public String typedDataJson(Eip712Domain domain) {
        return TypedData.of(domain, "Attestation")
                .field("height", "uint256", Long.toString(height))
                .field("txOrderRoot", "bytes32", txOrderRoot.hex())
                .field("depth", "uint8", position.depth())
                .field("index", "uint32", position.index())
                .field("partHash", "bytes32", partHash.hex())
                .json();
    }
}
