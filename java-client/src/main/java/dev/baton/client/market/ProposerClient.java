package dev.baton.client.market;

import dev.baton.client.StakeClient;
import dev.baton.internal.client.RoleContext;
import dev.baton.internal.market.MarketAbi;
import dev.baton.market.Assignment;
import dev.baton.market.Attestation;
import dev.baton.market.AttestationProof;
import dev.baton.market.BlockReveal;
import dev.baton.market.Bytes32;
import dev.baton.market.Eip712Domain;
import dev.baton.market.ProverSigning;
import dev.baton.market.SignedAttestation;
import dev.baton.market.Transcript;
import dev.baton.market.TranscriptBuilder;
import dev.baton.market.TreePosition;
import dev.baton.tx.TxReceipt;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * A proposer's side of the market: gather votes into a transcript, commit it with a burn bid,
 * reveal the block after the proposal window, submit the block proof, claim.
 */
public final class ProposerClient {
    private final MarketTx tx;
    private final MarketView view;
    private final ProverSigning signing;
    private final StakeClient stake;

    /**
     * The proposer client of the market at {@code market}; obtained through {@code
     * Baton.proposer(market)}.
     */
    public ProposerClient(RoleContext context, Address market) {
        this(MarketWiring.of(context, market), context.baton().stake());
    }

    private ProposerClient(MarketWiring wiring, StakeClient stake) {
        this(wiring.tx(), wiring.view(), wiring.signing(), stake);
    }

    ProposerClient(MarketTx tx, MarketView view, ProverSigning signing, StakeClient stake) {
        this.tx = tx;
        this.view = view;
        this.signing = signing;
        this.stake = stake;
    }

    /**
     * Deposits {@code amount} of the market's stake token into the vault: burn bids are escrowed
     * from it.
     */
    public TxReceipt deposit(Amount amount) {
        return stake.deposit(view.config().token(), amount);
    }

    public MarketView view() {
        return view;
    }

    /**
     * A builder that collects votes for this proposer's block {@code reveal} commits to at {@code
     * height} at a prover share of {@code proverRewardBps}, within the market's cap.
     */
    public TranscriptBuilder transcriptBuilder(
            long height, BlockReveal reveal, int proverRewardBps, int treeDepth) {
        return new TranscriptBuilder(
                view.voteDomain(),
                height,
                tx.sender(),
                reveal.commitment(),
                proverRewardBps,
                treeDepth,
                view.params().maxAssignments());
    }

    /** This proposer's address (the address provers name in their votes). */
    public Address address() {
        return tx.sender();
    }

    /**
     * Commits {@code transcript} with the terms of {@code proposal}; escrows the burn bid in the
     * vault.
     */
    public TxReceipt commit(Transcript transcript, Proposal proposal) {
        return tx.send(MarketAbi.commitTranscript(transcript, proposal));
    }

    /** Reveals the block once the proposal window has closed. */
    public TxReceipt reveal(long height, BlockReveal reveal) {
        return tx.send(MarketAbi.reveal(height, reveal));
    }

    /**
     * Assembles the AttestationVerifier proof of {@code transcript}: for each assignment, the
     * assigned prover's valid attestation from {@code parts} when there is one; otherwise the
     * proposer attests that node itself (with part hash {@code ownPart}), which completes the block
     * but does not count as the assigned prover's contribution.
     */
    public List<SignedAttestation> assembleProof(
            Transcript transcript,
            Bytes32 txOrderRoot,
            Collection<SignedAttestation> parts,
            Function<TreePosition, Bytes32> ownPart) {
        Eip712Domain domain = view.attestationDomain();
        List<SignedAttestation> proof = new ArrayList<>();
        for (Assignment a : transcript.assignments()) {
            SignedAttestation chosen =
                    parts.stream()
                            .filter(
                                    p ->
                                            p.prover().equals(a.prover())
                                                    && p.position().equals(a.position()))
                            .filter(
                                    p ->
                                            p.attestation().height() == transcript.height()
                                                    && p.attestation()
                                                            .txOrderRoot()
                                                            .equals(txOrderRoot)
                                                    && p.isValid(domain))
                            .findFirst()
                            .orElseGet(
                                    () ->
                                            signing.attest(
                                                    domain,
                                                    new Attestation(
                                                            transcript.height(),
                                                            txOrderRoot,
                                                            a.position(),
                                                            ownPart.apply(a.position()))));
            proof.add(chosen);
        }
        return proof;
    }

    /** Submits the block proof of a revealed transcript (anyone may; the proposer usually does). */
    public TxReceipt submitProof(Transcript transcript, List<SignedAttestation> proof) {
        return tx.send(MarketAbi.submitProof(transcript, AttestationProof.encode(proof)));
    }

    /** Claims the proposer's credited rewards; returns what was paid. */
    public Amount claim() {
        return tx.claim();
    }
}
