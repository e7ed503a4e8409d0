package dev.baton.market;

import dev.baton.types.Address;

/**
 * What the market needs from a key: its address and an EIP-712 signature over typed data in standard JSON form
 * (65 bytes, 0x hex). Baton's {@code dev.baton.signer.Signer} offers both methods, so it adapts with method
 * references.
 */
public interface TypedDataSigner {
    Address address();

    String signTypedData(String typedDataJson);
}
