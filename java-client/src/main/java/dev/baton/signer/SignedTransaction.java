package dev.baton.signer;

import dev.baton.types.TxHash;

/**
 * A signed transaction: its hash, nonce and the raw RLP bytes (0x hex) to hand to {@code
 * eth_sendRawTransaction}.
 */
public record SignedTransaction(TxHash hash, long nonce, String raw) {
    @Override
    public String toString() {
        return "SignedTransaction[hash=" + hash + ", nonce=" + nonce + "]";
    }
}
