package dev.baton.market;

import dev.baton.types.Address;

/**
 * A prover's vote: the promise to prove node {@code position} of the block {@code proposer} commits
 * with {@code blockCommitment} at {@code height}, paying provers {@code proverRewardBps} of the
 * reward. EIP-712 type {@value #TYPE}, signed in the market's domain ({@link
 * Eip712Domain#blockMarket}); {@code rollup} is the market's own address, so a vote cannot be
 * replayed on another rollup or height, nor by another proposer or at another share.
 */
public record Vote(
        Address rollup,
        long height,
        Address proposer,
        Bytes32 blockCommitment,
        int proverRewardBps,
        TreePosition position) {
    public static final String TYPE =
            "Vote(address rollup,uint256 height,address proposer,bytes32 blockCommitment,"
                    + "uint16 proverRewardBps,uint8 depth,uint32 index)";
    private static final Bytes32 TYPE_HASH = FixedLayout.keccak(TYPE);

    public Vote {
        if (rollup == null || proposer == null || blockCommitment == null || position == null) {
            throw new IllegalArgumentException(
                    "vote needs rollup, proposer, block commitment and position");
        }
        if (proverRewardBps < 0 || proverRewardBps > 10_000) {
            throw new IllegalArgumentException(
                    "prover reward must be 0..10000 bps, was " + proverRewardBps);
        }
        if (height < 0) {
            throw new IllegalArgumentException("height must not be negative, was " + height);
        }
    }

    /** hashStruct(vote). */
    public Bytes32 structHash() {
        return FixedLayout.encode()
                .bytes32(TYPE_HASH)
                .address(rollup)
                .uint(height)
                .address(proposer)
                .bytes32(blockCommitment)
                .uint(proverRewardBps)
                .uint(position.depth())
                .uint(position.index())
                .keccak();
    }

    /** The digest the prover signs; the market's {@code voteDigest} returns the same. */
    public Bytes32 digest(Eip712Domain domain) {
        return domain.digest(structHash());
    }

    /** The EIP-712 JSON of this vote in {@code domain}, for a {@link TypedDataSigner}. */
    public String typedDataJson(Eip712Domain domain) {
        return TypedData.of(domain, "Vote")
                .field("rollup", "address", rollup.lowerHex())
                .field("height", "uint256", Long.toString(height))
                .field("proposer", "address", proposer.lowerHex())
                .field("blockCommitment", "bytes32", blockCommitment.hex())
                .field("proverRewardBps", "uint16", proverRewardBps)
                .field("depth", "uint8", position.depth())
                .field("index", "uint32", position.index())
                .json();
    }
}
