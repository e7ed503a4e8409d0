package dev.baton.client.market;

import dev.baton.client.StakeClient;
import dev.baton.internal.client.RoleContext;
import dev.baton.internal.market.MarketAbi;
import dev.baton.market.Attestation;
import dev.baton.market.AttestationProof;
import dev.baton.market.Bytes32;
import dev.baton.market.Eip712Domain;
import dev.baton.market.ProverSigning;
import dev.baton.market.SignedAttestation;
import dev.baton.market.SignedVote;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.market.Vote;
import dev.baton.tx.TxReceipt;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.Collection;
import java.util.List;

/**
 * A prover's side of the market: stake in the vault and bond it to the market, sign votes for
 * blocks it will prove, sign leaf attestations for the parts it produced, dispute a slash when a
 * proposer left its part out, claim.
 */
public final class ProverClient {
    private final MarketTx tx;
    private final MarketView view;
    private final StakeClient stake;
    private final ProverSigning signing;

    /**
     * The prover client of the market at {@code market}; obtained through {@code
     * Baton.prover(market)}.
     */
    public ProverClient(RoleContext context, Address market) {
        this(MarketWiring.of(context, market), context.baton().stake());
    }

    private ProverClient(MarketWiring wiring, StakeClient stake) {
        this(wiring.tx(), wiring.view(), stake, wiring.signing());
    }

    ProverClient(MarketTx tx, MarketView view, StakeClient stake, ProverSigning signing) {
        this.tx = tx;
        this.view = view;
        this.stake = stake;
        this.signing = signing;
    }

    public MarketView view() {
        return view;
    }

    /**
     * Deposits {@code amount} of the market's stake token into the vault (approving it first when
     * needed).
     */
    public TxReceipt deposit(Amount amount) {
        return stake.deposit(view.config().token(), amount);
    }

    /**
     * Locks the market's minimum prover stake from free vault stake until block {@code untilBlock}.
     */
    public TxReceipt bond(long untilBlock) {
        return tx.send(MarketAbi.bondProver(untilBlock));
    }

    /**
     * Deposits {@code amount} and bonds it until {@code untilBlock}: what a new prover does once.
     */
    public TxReceipt stake(Amount amount, long untilBlock) {
        deposit(amount);
        return bond(untilBlock);
    }

    /**
     * Signs one vote per position for the block {@code proposer} commits with {@code
     * blockCommitment} at {@code height}, paying provers {@code proverRewardBps}: the vote is valid
     * for that proposer and share only.
     */
    public List<SignedVote> vote(
            long height,
            Address proposer,
            Bytes32 blockCommitment,
            int proverRewardBps,
            Collection<TreePosition> positions) {
        Eip712Domain domain = view.voteDomain();
        return positions.stream()
                .map(
                        p ->
                                signing.vote(
                                        domain,
                                        new Vote(
                                                view.market(),
                                                height,
                                                proposer,
                                                blockCommitment,
                                                proverRewardBps,
                                                p)))
                .toList();
    }

    /** Signs the leaf attestation for the part at {@code position} of a revealed block. */
    public SignedAttestation attest(
            long height, Bytes32 txOrderRoot, TreePosition position, Bytes32 partHash) {
        return signing.attest(
                view.attestationDomain(), new Attestation(height, txOrderRoot, position, partHash));
    }

    /**
     * Signs the leaf attestation for the part with bytes {@code part} at {@code position} of a
     * revealed block (its part hash is {@code keccak256(part)}); keep the bytes to show them in a
     * dispute.
     */
    public SignedAttestation attest(
            long height, Bytes32 txOrderRoot, TreePosition position, byte[] part) {
        return signing.attest(
                view.attestationDomain(), Attestation.ofPart(height, txOrderRoot, position, part));
    }

    /**
     * Shows the market, within the dispute window, that this prover did produce the part at {@code
     * position} of the winning transcript, so the withheld assignment can no longer be slashed: the
     * part's bytes with the attestation over their hash.
     *
     * @throws IllegalArgumentException when {@code part} is not the part {@code attestation} signed
     */
    public TxReceipt dispute(
            Transcript transcript, int position, SignedAttestation attestation, byte[] part) {
        return tx.send(disputeSlash(transcript, position, attestation, part));
    }

    /**
     * The {@code disputeSlash} request of {@link #dispute}, for agents that submit without waiting.
     */
    public TxRequest disputeRequest(
            Transcript transcript, int position, SignedAttestation attestation, byte[] part) {
        return tx.request(disputeSlash(transcript, position, attestation, part));
    }

    private static String disputeSlash(
            Transcript transcript, int position, SignedAttestation attestation, byte[] part) {
        return MarketAbi.disputeSlash(
                transcript,
                position,
                transcript.proof(position),
                AttestationProof.encodePart(attestation, part));
    }

    /**
     * The {@code claimProverReward} request of this prover's contributed assignment {@code
     * position}.
     */
    public TxRequest claimRewardRequest(Transcript transcript, int position) {
        return tx.request(
                MarketAbi.claimProverReward(transcript, position, transcript.proof(position)));
    }

    /**
     * The {@code claim()} request, for agents that submit without waiting (check {@code claimable}
     * first).
     */
    public TxRequest claimRequest() {
        return tx.request(MarketAbi.claim());
    }

    /** Claims every credited reward; returns what was paid. */
    public Amount claim() {
        return tx.claim();
    }
}
