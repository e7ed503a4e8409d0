package dev.baton.cli.demo;

import dev.baton.cli.report.MarketHeightReport;
import dev.baton.cli.report.MarketHeightReport.Outcome;
import dev.baton.cli.report.MarketHeightReport.TranscriptRow;
import dev.baton.client.market.MarketOperatorClient;
import dev.baton.client.market.RankingRow;
import dev.baton.client.market.TranscriptStatus;
import dev.baton.market.Transcript;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Claims the height's rewards for every proposer and prover owed one, and records the ranking and
 * the payouts.
 */
final class MarketTally {
    private final DemoSession session;
    private final Address market;
    private final MarketOperatorClient operator;
    private final List<Participant> proposers;
    private final List<Participant> provers;
    private final List<Transcript> transcripts;

    MarketTally(
            DemoSession session,
            Address market,
            MarketOperatorClient operator,
            List<Participant> proposers,
            List<Participant> provers,
            List<Transcript> transcripts) {
        this.session = session;
        this.market = market;
        this.operator = operator;
        this.proposers = List.copyOf(proposers);
        this.provers = List.copyOf(provers);
        this.transcripts = List.copyOf(transcripts);
    }

    void record(String rollup, DemoObservations observations) {
        for (Participant proposer : proposers) {
            if (owed(proposer)) {
                observations.rewarded(
                        proposer.name(), Tokens.of(session.as(proposer).proposer(market).claim()));
            }
        }
        for (Participant prover : provers) {
            if (owed(prover)) {
                observations.rewarded(
                        prover.name(), Tokens.of(session.as(prover).prover(market).claim()));
            }
        }
        List<TranscriptRow> rows = new ArrayList<>();
        for (RankingRow row :
                operator.ranking(MarketPhase.HEIGHT, session.manifest().deployedAtBlock())) {
            int plan = planOf(row);
            MarketPhase.Plan p = MarketPhase.PLANS.get(plan);
            List<String> voters =
                    IntStream.range(p.firstProver(), p.firstProver() + (1 << p.depth()))
                            .mapToObj(i -> provers.get(i).name())
                            .toList();
            rows.add(
                    new TranscriptRow(
                            row.place(),
                            row.blockCommitment().hex(),
                            proposers.get(p.proposer()).name(),
                            voters,
                            Tokens.of(row.burnBid()),
                            row.score(),
                            row.proven(),
                            outcome(row)));
        }
        observations.market(
                new MarketHeightReport(
                        rollup,
                        MarketPhase.HEIGHT,
                        rows,
                        List.of(provers.get(MarketPhase.WITHHOLDER).name()),
                        List.of(provers.get(MarketPhase.DROPPED).name())));
    }

    private boolean owed(Participant participant) {
        Amount claimable = operator.view().claimable(session.as(participant).account());
        return claimable.value().signum() > 0;
    }

    private int planOf(RankingRow row) {
        for (int i = 0; i < transcripts.size(); i++) {
            if (transcripts.get(i).blockCommitment().equals(row.blockCommitment())) {
                return i;
            }
        }
        throw new IllegalStateException(
                "the ranking holds transcript "
                        + row.blockCommitment()
                        + " the demo did not commit");
    }

    private static Outcome outcome(RankingRow row) {
        if (row.status() == TranscriptStatus.WON) {
            return Outcome.WINNER;
        }
        if (row.status() == TranscriptStatus.UNCLE) {
            return Outcome.UNCLE;
        }
        return row.proven() ? Outcome.LOST : Outcome.UNPROVEN;
    }
}
