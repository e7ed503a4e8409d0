package dev.baton.cli.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * One block-market height: every transcript committed, ranked by score.
 *
 * @param rollup the rollup's name
 * @param height the block height
 * @param ranking transcripts, best score first
 * @param slashed provers slashed for withholding their part of the winner's proof
 * @param disputed provers whose dropped part was upheld by a dispute (they keep their stake)
 */
public record MarketHeightReport(
        String rollup,
        long height,
        List<TranscriptRow> ranking,
        List<String> slashed,
        List<String> disputed) {
    public MarketHeightReport {
        ranking = List.copyOf(ranking);
        slashed = slashed == null ? List.of() : List.copyOf(slashed);
        disputed = disputed == null ? List.of() : List.copyOf(disputed);
    }

    /** A height without slashes or disputes. */
    public MarketHeightReport(String rollup, long height, List<TranscriptRow> ranking) {
        this(rollup, height, ranking, List.of(), List.of());
    }

    /** What became of a transcript at finalisation. */
    public enum Outcome {
        WINNER,
        UNCLE,
        LOST,
        UNPROVEN
    }

    /**
     * @param rank 1 = best score
     * @param transcript the transcript's id (commitment hash, shortened for display by the writer)
     * @param proposer participant name
     * @param provers participant names of the voting provers
     * @param burn the burn bid, in tokens
     * @param score NUM_PROVERS³ · BURN_BID² as the contract computed it
     * @param proven whether a proof was accepted in the window
     * @param outcome winner, uncle, lost or unproven
     */
    public record TranscriptRow(
            int rank,
            String transcript,
            String proposer,
            List<String> provers,
            BigDecimal burn,
            BigInteger score,
            boolean proven,
            Outcome outcome) {
        public TranscriptRow {
            provers = List.copyOf(provers);
        }
    }
}
