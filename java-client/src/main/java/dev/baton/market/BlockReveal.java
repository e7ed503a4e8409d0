package dev.baton.market;

/**
 * What a proposer keeps private until the proposal window closes: the transaction order root and
 * the secret that blinds it. Only the {@link #commitment()} goes on chain at commit time.
 */
public record BlockReveal(Bytes32 txOrderRoot, Bytes32 secret) {
    public BlockReveal {
        if (txOrderRoot == null || secret == null) {
            throw new IllegalArgumentException("reveal needs root and secret");
        }
    }

    /** A reveal for {@code txOrderRoot} with a fresh random secret. */
    public static BlockReveal withFreshSecret(Bytes32 txOrderRoot) {
        return new BlockReveal(txOrderRoot, Bytes32.random());
    }

    public Bytes32 commitment() {
        return MarketIds.blockCommitment(txOrderRoot, secret);
    }
}
