package dev.baton.market;

import dev.baton.types.Address;

/**
 * What the market needs from a key: its address and an EIP-712 signature over typed data in
 * standard JSON form (65 bytes, 0x hex). Baton's {@code dev.baton.signer.Signer} offers both
 * methods, so it adapts with method references.
 */
public interface TypedDataSigner {
    Address address();

    String signTypedData(String typedDataJson);

    /**
     * Signs the EIP-712 message of {@code domain} with {@code structHash} directly from its hashes,
     * when the key can (a local key); empty means "sign the JSON form instead". The default cannot.
     *
     * @return the 65-byte signature (r, s, v) as 0x hex, or empty
     */
    default java.util.Optional<String> signHashes(Eip712Domain domain, Bytes32 structHash) {
        return java.util.Optional.empty();
    }
}
