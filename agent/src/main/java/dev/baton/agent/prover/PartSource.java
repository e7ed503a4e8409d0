package dev.baton.agent.prover;

import dev.baton.market.Bytes32;
import dev.baton.market.TreePosition;

/**
 * Where the prover agent gets the bytes of the part it proves at a node of a revealed block: the
 * seam for a real proving backend. It must answer the same bytes for the same node after a restart,
 * since a dispute shows the bytes whose hash the attestation signed.
 */
public interface PartSource {
    byte[] part(long height, Bytes32 txOrderRoot, TreePosition position);
}
