package dev.baton.report;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * One block-market height: every transcript committed, ranked by score.
 *
 * @param rollup the rollup's name
 * @param height the block height
 * @param ranking transcripts, best score first
 */
public record MarketHeightReport(String rollup, long height, List<TranscriptRow> ranking) {
    public MarketHeightReport {
        ranking = List.copyOf(ranking);
    }

    /** What became of a transcript at finalisation. */
    public enum Outcome { WINNER, UNCLE, LOST, UNPROVEN }

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
    public record TranscriptRow(int rank, String transcript, String proposer, List<String> provers, BigDecimal burn,
            BigInteger score, boolean proven, Outcome outcome) {
        public TranscriptRow {
            provers = List.copyOf(provers);
        }
    }
}
