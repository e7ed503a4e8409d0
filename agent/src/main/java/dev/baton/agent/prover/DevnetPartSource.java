package dev.baton.agent.prover;

import dev.baton.market.Attestation;
import dev.baton.market.Bytes32;
import dev.baton.market.TreePosition;
import dev.baton.types.Address;
import java.nio.charset.StandardCharsets;

/**
 * The devnet's parts (the AttestationVerifier checks signatures, not proofs): 32 bytes derived from
 * the prover, the block and the node, so a restarted agent answers the same part it attested
 * before.
 */
public final class DevnetPartSource implements PartSource {
    private final Address prover;

    public DevnetPartSource(Address prover) {
        this.prover = prover;
    }

    @Override
    public byte[] part(long height, Bytes32 txOrderRoot, TreePosition position) {
        String seed =
                "baton devnet part "
                        + prover.lowerHex()
                        + " "
                        + height
                        + " "
                        + txOrderRoot.hex()
                        + " "
                        + position.depth()
                        + ":"
                        + position.index();
        return Attestation.partHashOf(seed.getBytes(StandardCharsets.UTF_8)).bytes();
    }
}
