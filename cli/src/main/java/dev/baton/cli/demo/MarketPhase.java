package dev.baton.cli.demo;

import dev.baton.cli.progress.ProgressSink;
import dev.baton.client.Baton;
import dev.baton.client.market.MarketOperatorClient;
import dev.baton.client.market.MarketParams;
import dev.baton.client.market.Proposal;
import dev.baton.client.market.ProposerClient;
import dev.baton.client.market.ProverClient;
import dev.baton.client.registry.Registration;
import dev.baton.market.BlockReveal;
import dev.baton.market.Bytes32;
import dev.baton.market.SignedAttestation;
import dev.baton.market.SignedVote;
import dev.baton.market.Transcript;
import dev.baton.market.TreePosition;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One block-market height: the operator registers the rollup from {@code
 * examples/block-market-rollup.json} and funds its rewards, sixteen provers bond, three proposers
 * commit transcripts of their provers' votes and burn bids, two reveal and prove their block, the
 * height is finalised (winner and uncle), a prover whose part the winner dropped disputes, and
 * after the dispute window a prover that withheld its part is slashed.
 */
public final class MarketPhase implements DemoPhase {
    static final long HEIGHT = 1;
    private static final int PROVER_BPS = 2_500;
    private static final BigDecimal FUNDING = BigDecimal.valueOf(1_000);

    /** Bonds outlast the demo. */
    private static final long BOND_BLOCKS = 1_000;

    /**
     * The winner's prover that withholds its part, and the one whose part the winner's proposer
     * drops.
     */
    static final int WITHHOLDER = 6;

    static final int DROPPED = 7;

    /**
     * A proposer's plan: provers {@code first..first+2^depth-1} vote one node each at {@code
     * depth}.
     */
    record Plan(int proposer, int firstProver, int depth, long burn, boolean revealed) {}

    static final List<Plan> PLANS =
            List.of(
                    new Plan(0, 0, 3, 10, true),
                    new Plan(1, 8, 2, 15, true),
                    new Plan(2, 12, 1, 100, false));

    private final List<Participant> proposers;
    private final List<Participant> provers;

    public MarketPhase(List<Participant> cast) {
        this.proposers = DemoCast.withRole(cast, "proposer");
        this.provers = DemoCast.withRole(cast, "prover");
    }

    @Override
    public String name() {
        return "market";
    }

    @Override
    public int steps() {
        return 3 + PLANS.size() + 5;
    }

    @Override
    public void run(
            DemoSession session, DemoObservations observations, ProgressSink.Phase progress) {
        Baton operatorBaton = session.operator();
        Registration registration =
                operatorBaton
                        .registry()
                        .register(DemoRequests.load(DemoRequests.BLOCK_MARKET, session.manifest()));
        Address market = registration.module();
        progress.step(
                "registered block-market rollup #" + registration.rollupId() + " at " + market);

        MarketOperatorClient operator = operatorBaton.marketOperator(market);
        MarketParams params = operator.view().params();
        Amount funding = Tokens.amount(FUNDING);
        operatorBaton
                .tokens()
                .mint(operatorBaton.token(DemoCast.STAKE_TOKEN), operatorBaton.account(), funding);
        operator.fundRewards(funding);
        progress.step("funded " + FUNDING + " " + DemoCast.STAKE_TOKEN + " of block rewards");

        List<ProverClient> proverClients =
                provers.stream().map(p -> session.as(p).prover(market)).toList();
        long until = session.chain().head() + BOND_BLOCKS;
        proverClients.forEach(p -> p.bond(until));
        progress.step(
                provers.size() + " provers bonded the minimum prover stake until block " + until);

        List<Transcript> transcripts = new ArrayList<>();
        List<BlockReveal> reveals = new ArrayList<>();
        for (Plan plan : PLANS) {
            ProposerClient proposer = session.as(proposers.get(plan.proposer())).proposer(market);
            BlockReveal reveal = BlockReveal.withFreshSecret(Bytes32.random());
            Transcript transcript = transcript(proposer, reveal, proverClients, plan);
            proposer.commit(
                    transcript,
                    Proposal.of(Tokens.amount(BigDecimal.valueOf(plan.burn())), PROVER_BPS));
            transcripts.add(transcript);
            reveals.add(reveal);
            progress.step(
                    proposers.get(plan.proposer()).name()
                            + " committed "
                            + transcript.distinctProvers()
                            + " provers' votes, burn "
                            + plan.burn()
                            + " "
                            + DemoCast.STAKE_TOKEN);
        }

        session.chain().advanceTime(params.proposalWindow());
        List<List<SignedAttestation>> dropped = new ArrayList<>();
        byte[] droppedBytes = null;
        for (int i = 0; i < PLANS.size(); i++) {
            Plan plan = PLANS.get(i);
            if (!plan.revealed()) {
                continue;
            }
            ProposerClient proposer = session.as(proposers.get(plan.proposer())).proposer(market);
            proposer.reveal(HEIGHT, reveals.get(i));
            List<SignedAttestation> parts = new ArrayList<>();
            for (int k = 0; k < 1 << plan.depth(); k++) {
                if (i == 0 && k == WITHHOLDER) {
                    continue;
                }
                byte[] bytes = Bytes32.random().bytes();
                SignedAttestation part =
                        proverClients
                                .get(plan.firstProver() + k)
                                .attest(
                                        HEIGHT,
                                        reveals.get(i).txOrderRoot(),
                                        TreePosition.of(plan.depth(), k),
                                        bytes);
                if (i == 0 && k == DROPPED) {
                    droppedBytes = bytes;
                }
                if (i == 0 && k == DROPPED) {
                    dropped.add(List.of(part));
                } else {
                    parts.add(part);
                }
            }
            Transcript transcript = transcripts.get(i);
            proposer.submitProof(
                    transcript,
                    proposer.assembleProof(
                            transcript,
                            reveals.get(i).txOrderRoot(),
                            parts,
                            position -> Bytes32.random()));
        }
        progress.step(
                "two proposers revealed and proved; "
                        + proposers.get(2).name()
                        + " never revealed");

        session.chain().advanceTime(params.proofWindow());
        operator.finalise(HEIGHT);
        progress.step("finalised height " + HEIGHT + ": " + outcomes(operator, transcripts));

        Transcript winner = transcripts.getFirst();
        proverClients
                .get(DROPPED)
                .dispute(winner, DROPPED, dropped.getFirst().getFirst(), droppedBytes);
        progress.step(provers.get(DROPPED).name() + " disputed: its dropped part is upheld");

        for (int k = 0; k < 8; k++) {
            if (k != WITHHOLDER && k != DROPPED) {
                operator.claimProverReward(winner, k);
            }
        }
        for (int k = 0; k < 4; k++) {
            operator.claimProverReward(transcripts.get(1), k);
        }
        Amount before =
                staked(
                        operatorBaton,
                        proverClients.get(WITHHOLDER).view().config().token(),
                        session,
                        provers.get(WITHHOLDER));
        session.chain().advanceTime(params.disputeWindow());
        operator.slashWithheld(winner, WITHHOLDER);
        Amount after =
                staked(
                        operatorBaton,
                        proverClients.get(WITHHOLDER).view().config().token(),
                        session,
                        provers.get(WITHHOLDER));
        BigDecimal slash = Tokens.of(Amount.of(before.value().subtract(after.value())));
        observations.slashed(provers.get(WITHHOLDER).name(), slash);
        progress.step(
                provers.get(WITHHOLDER).name()
                        + " withheld its part: slashed "
                        + slash.toPlainString()
                        + " "
                        + DemoCast.STAKE_TOKEN);

        new MarketTally(session, market, operator, proposers, provers, transcripts)
                .record("block-market #" + registration.rollupId(), observations);
        progress.step("proposers and provers claimed their rewards");
    }

    /** Each committed transcript's status after finalisation, read from the market. */
    private String outcomes(MarketOperatorClient operator, List<Transcript> transcripts) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < transcripts.size(); i++) {
            var status =
                    operator.view()
                            .transcript(
                                    HEIGHT,
                                    transcripts.get(i).proposer(),
                                    transcripts.get(i).blockCommitment())
                            .status();
            shown.add(
                    proposers.get(PLANS.get(i).proposer()).name()
                            + " "
                            + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        return String.join(", ", shown);
    }

    private static Amount staked(
            Baton baton, Address token, DemoSession session, Participant participant) {
        var balances = baton.stakeView().balances(session.as(participant).account(), token);
        return Amount.of(balances.free().value().add(balances.locked().value()));
    }

    /**
     * The plan's provers vote for every node at its depth; the proposer builds its transcript from
     * the votes.
     */
    private static Transcript transcript(
            ProposerClient proposer, BlockReveal reveal, List<ProverClient> provers, Plan plan) {
        List<SignedVote> votes = new ArrayList<>();
        for (int i = 0; i < 1 << plan.depth(); i++) {
            votes.addAll(
                    provers.get(plan.firstProver() + i)
                            .vote(
                                    HEIGHT,
                                    proposer.address(),
                                    reveal.commitment(),
                                    PROVER_BPS,
                                    List.of(TreePosition.of(plan.depth(), i))));
        }
        return proposer.transcriptBuilder(HEIGHT, reveal, PROVER_BPS, plan.depth())
                .offerAll(votes)
                .build()
                .orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "the votes do not cover a transcript of depth "
                                                + plan.depth()));
    }
}
