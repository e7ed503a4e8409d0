package dev.baton.cli.report;

import java.time.Instant;
import java.util.List;

/**
 * What one `baton demo` run observed, saved as JSON next to the HTML it renders to.
 *
 * @param title a heading for the page
 * @param generatedAt when the run ended
 * @param chainId the chain the run used
 * @param auction the slot-auction epoch, or null when the run did not reach it
 * @param market the block-market height, or null when the run did not reach it
 * @param participants one row per participant
 * @param timing wall time and its split between node and client
 */
public record DemoReport(
        String title,
        Instant generatedAt,
        long chainId,
        AuctionEpochReport auction,
        MarketHeightReport market,
        List<ParticipantSummary> participants,
        Timing timing) {

    public DemoReport {
        participants =
                List.copyOf(
                        java.util.Objects.requireNonNull(
                                participants, "demo report field 'participants' is missing"));
    }
}
