package dev.baton.market;

import dev.baton.types.Address;

/**
 * One transcript entry: {@code prover} voted to prove node {@code position}; {@code vote} is its
 * signature.
 */
public record Assignment(Address prover, TreePosition position, CompactSignature vote) {
    public Assignment {
        if (prover == null || position == null || vote == null) {
            throw new IllegalArgumentException(
                    "assignment needs prover, position and vote signature");
        }
        if (prover.equals(Address.ZERO)) {
            throw new IllegalArgumentException("assignment prover must not be zero");
        }
    }

    /** Leaf of the transcript's Merkle tree: keccak256(abi.encode(prover, depth, index, r, vs)). */
    public Bytes32 leafHash() {
        return FixedLayout.encode()
                .address(prover)
                .uint(position.depth())
                .uint(position.index())
                .bytes32(vote.r())
                .bytes32(vote.vs())
                .keccak();
    }
}
