package dev.baton.signer;

import dev.baton.types.ChainId;

/**
 * A signer that signs EIP-712 data from its two hashes, computed by the caller, instead of from
 * typed-data JSON (the JSON route re-parses and re-hashes every message, about five times slower
 * for a vote). It signs only {@code keccak256("\x19\x01" ‖ domainSeparator ‖ structHash)}, so it
 * can sign nothing but EIP-712 messages (never a transaction, whose signing payload starts
 * otherwise).
 */
public interface Eip712HashSigner {
    /**
     * Signs the EIP-712 message with {@code domainSeparator} and {@code structHash} (32 bytes each)
     * of a domain on {@code domainChainId}; refuses a domain of another chain than the signer's.
     *
     * @return the 65-byte signature (r, s, v) as 0x hex, as {@link Signer#signTypedData} returns it
     */
    String signTypedDataHashes(ChainId domainChainId, byte[] domainSeparator, byte[] structHash);
}
