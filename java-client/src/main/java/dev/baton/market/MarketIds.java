package dev.baton.market;

import dev.baton.types.Address;

/**
 * Identifiers the market derives from a block: the hidden commitment and the transcript's storage
 * key.
 */
public final class MarketIds {
    private MarketIds() {}

    /** blockCommitment = keccak256(abi.encodePacked(txOrderRoot, secret)). */
    public static Bytes32 blockCommitment(Bytes32 txOrderRoot, Bytes32 secret) {
        return FixedLayout.keccakPair(txOrderRoot, secret);
    }

    /**
     * transcriptId = keccak256(abi.encode(uint64 height, address proposer, bytes32
     * blockCommitment)).
     */
    public static Bytes32 transcriptId(long height, Address proposer, Bytes32 blockCommitment) {
        if (height < 0) {
            throw new IllegalArgumentException("height must not be negative, was " + height);
        }
        return FixedLayout.encode()
                .uint(height)
                .address(proposer)
                .bytes32(blockCommitment)
                .keccak();
    }
}
