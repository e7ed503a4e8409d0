package dev.baton.agent.prover;

import dev.baton.agent.market.ClientMarketReads;
import dev.baton.agent.market.ForwardingMarketReads;
import dev.baton.client.market.ProverClient;
import dev.baton.market.Bytes32;
import dev.baton.market.SignedAttestation;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.TxHash;

/**
 * The prover agent's chain through the prover client (which also signs its attestations) and the
 * transactor.
 */
public final class ClientProverChain extends ForwardingMarketReads implements ProverChain {
    private final Transactor tx;
    private final ProverClient prover;

    public ClientProverChain(Transactor tx, ProverClient prover, ClientMarketReads reads) {
        super(reads);
        this.tx = tx;
        this.prover = prover;
    }

    @Override
    public Address prover() {
        return tx.sender();
    }

    @Override
    public Amount claimable() {
        return prover.view().claimable(tx.sender());
    }

    @Override
    public SignedAttestation attest(
            long height, Bytes32 txOrderRoot, TreePosition position, byte[] part) {
        return prover.attest(height, txOrderRoot, position, part);
    }

    @Override
    public TxHash submitDispute(
            Transcript transcript, int position, SignedAttestation attestation, byte[] part) {
        return submit(prover.disputeRequest(transcript, position, attestation, part));
    }

    @Override
    public TxHash submitClaimReward(Transcript transcript, int position) {
        return submit(prover.claimRewardRequest(transcript, position));
    }

    @Override
    public TxHash submitClaim() {
        return submit(prover.claimRequest());
    }

    private TxHash submit(TxRequest request) {
        return tx.submit(request).hash();
    }
}
