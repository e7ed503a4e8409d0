package dev.baton.agent.prover;

import dev.baton.agent.market.ClientMarketReads;
import dev.baton.agent.market.CommittedTranscript;
import dev.baton.client.market.MarketParams;
import dev.baton.client.market.PositionState;
import dev.baton.client.market.ProverClient;
import dev.baton.client.market.RoundState;
import dev.baton.client.market.TranscriptState;
import dev.baton.market.Bytes32;
import dev.baton.market.SignedAttestation;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import dev.baton.types.TxHash;
import java.util.List;
import java.util.Optional;

/** The prover agent's chain through the prover client (which also signs its attestations) and the transactor. */
public final class ClientProverChain implements ProverChain {
    private final Transactor tx;
    private final ProverClient prover;
    private final ClientMarketReads reads;

    public ClientProverChain(Transactor tx, ProverClient prover, ClientMarketReads reads) {
        this.tx = tx;
        this.prover = prover;
        this.reads = reads;
    }

    @Override public Address prover() { return tx.sender(); }

    @Override public Amount claimable() { return prover.view().claimable(tx.sender()); }

    @Override
    public SignedAttestation attest(long height, Bytes32 txOrderRoot, TreePosition position, byte[] part) {
        return prover.attest(height, txOrderRoot, position, part);
    }

    @Override
    public TxHash submitDispute(Transcript transcript, int position, SignedAttestation attestation, byte[] part) {
        return submit(prover.disputeRequest(transcript, position, attestation, part));
    }

    @Override
    public TxHash submitClaimReward(Transcript transcript, int position) {
        return submit(prover.claimRewardRequest(transcript, position));
    }

    @Override public TxHash submitClaim() { return submit(prover.claimRequest()); }

    @Override public MarketParams params() { return reads.params(); }

    @Override public long headHeight() { return reads.headHeight(); }

    @Override public RoundState round(long height) { return reads.round(height); }

    @Override public long latestTimestamp() { return reads.latestTimestamp(); }

    @Override public TranscriptState transcript(Transcript t) { return reads.transcript(t); }

    @Override public PositionState position(Transcript t, int position) { return reads.position(t, position); }

    @Override public List<CommittedTranscript> committed(long from, long to) { return reads.committed(from, to); }

    @Override public Optional<Boolean> outcome(TxHash hash) { return reads.outcome(hash); }

    @Override public boolean isKnown(TxHash hash) { return reads.isKnown(hash); }

    private TxHash submit(TxRequest request) {
        return tx.submit(request).hash();
    }
}
