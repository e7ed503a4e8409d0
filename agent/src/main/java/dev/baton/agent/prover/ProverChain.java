package dev.baton.agent.prover;

import dev.baton.agent.market.MarketReads;
import dev.baton.market.Bytes32;
import dev.baton.market.SignedAttestation;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.TxHash;

/**
 * What the prover agent asks the chain, signs and sends; {@link ClientProverChain} is the real one,
 * unit tests use a fake. Every {@code submit} signs and sends without waiting after a dry run; a
 * dry run that reverts throws its typed exception and sends nothing.
 */
public interface ProverChain extends MarketReads {
    /** The prover's address: the one its votes name and its transactions are sent from. */
    Address prover();

    /** Rewards credited to the prover and not yet claimed (pending block). */
    Amount claimable();

    /**
     * Signs the leaf attestation of {@code part} at {@code position} of a revealed block
     * (off-chain, no transaction).
     */
    SignedAttestation attest(long height, Bytes32 txOrderRoot, TreePosition position, byte[] part);

    TxHash submitDispute(
            Transcript transcript, int position, SignedAttestation attestation, byte[] part);

    TxHash submitClaimReward(Transcript transcript, int position);

    TxHash submitClaim();
}
