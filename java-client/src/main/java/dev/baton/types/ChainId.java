package dev.baton.types;

/**
 * An EIP-155 chain id. Signers are bound to one; the client refuses a node that reports another.
 */
public record ChainId(long value) {
    /** The local Hardhat devnet: the only chain on which well-known development keys may sign. */
    public static final ChainId DEVNET = new ChainId(31337);

    public ChainId {
        if (value <= 0) {
            throw new IllegalArgumentException("chain id must be positive, was " + value);
        }
    }

    public static ChainId of(long value) {
        return new ChainId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
