package dev.baton.devnet.deploy;

/**
 * The one contract creation a deployment has sent but not yet recorded in its manifest, kept beside
 * the manifest ({@link ManifestFile#inFlight()}). It is written before the transaction goes out
 * (with the nonce the node will give it) and again once it is signed and handed over (with its hash
 * and signed bytes), so a run killed before the receipt lets the next run find the contract at its
 * CREATE address, or hand the same signed bytes over again, instead of deploying it a second time.
 *
 * @param chainId the chain it was sent to
 * @param kind {@code contract} or {@code token}: the manifest section it belongs to
 * @param name the manifest entry
 * @param sender the deployer (0x hex)
 * @param nonce the transaction's nonce: the contract lands at keccak(rlp(sender, nonce))
 * @param txHash the transaction's hash, or null while it was not yet handed over
 * @param raw the signed transaction (0x hex), or null while it was not yet handed over
 */
record InFlightCreation(
        long chainId,
        String kind,
        String name,
        String sender,
        long nonce,
        String txHash,
        String raw) {

    static final String CONTRACT = "contract";
    static final String TOKEN = "token";

    boolean handedOver() {
        return txHash != null && raw != null;
    }
}
