package dev.baton.cli.report;

import dev.baton.cli.report.MarketHeightReport.TranscriptRow;
import java.util.List;

/**
 * The page's HTML tables: the market ranking and penalties, the auction shares and the
 * per-participant summary.
 */
final class Tables {
    private Tables() {}

    static String ranking(MarketHeightReport market) {
        StringBuilder html =
                new StringBuilder(
                        "<table id=\"ranking\"><thead><tr><th>#</th><th>transcript</th>"
                                + "<th>proposer</th><th>provers</th><th>burn</th><th>score</th><th>proven</th><th>outcome</th></tr></thead><tbody>");
        for (TranscriptRow row : market.ranking()) {
            String outcome = row.outcome().name().toLowerCase(java.util.Locale.ROOT);
            html.append("<tr class=\"rank-row ")
                    .append(outcome)
                    .append("\"><td>")
                    .append(row.rank())
                    .append("</td><td title=\"")
                    .append(Html.escape(row.transcript()))
                    .append("\"><code>")
                    .append(Html.escape(Html.shortHex(row.transcript())))
                    .append("</code></td><td>")
                    .append(Html.escape(row.proposer()))
                    .append("</td><td>")
                    .append(Html.escape(String.join(", ", row.provers())))
                    .append("</td><td class=\"num\">")
                    .append(Html.tokens(row.burn()))
                    .append("</td><td class=\"num\">")
                    .append(row.score())
                    .append("</td><td>")
                    .append(row.proven() ? "yes" : "no")
                    .append("</td><td><span class=\"badge ")
                    .append(outcome)
                    .append("\">")
                    .append(outcome)
                    .append("</span></td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    static String shares(AuctionEpochReport epoch) {
        StringBuilder html =
                new StringBuilder(
                        "<table id=\"shares\"><thead><tr><th>sequencer</th><th>bid</th><th>share s</th>"
                                + "<th>expected s·e</th><th>bounds</th><th>won</th></tr></thead><tbody>");
        for (SequencerShare share : epoch.shares()) {
            html.append("<tr class=\"")
                    .append(share.withinBounds() ? "ok" : "out-of-bounds")
                    .append("\"><td>")
                    .append(Html.escape(share.sequencer()))
                    .append("</td><td class=\"num\">")
                    .append(Html.tokens(share.stake()))
                    .append("</td><td class=\"num\">")
                    .append(Html.number(share.stakeShare() * 100))
                    .append("%</td><td class=\"num\">")
                    .append(Html.number(share.expected()))
                    .append("</td><td class=\"num\">")
                    .append(share.floor())
                    .append("..")
                    .append(share.ceil())
                    .append("</td><td class=\"num\">")
                    .append(share.slotsWon())
                    .append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    static String participants(DemoReport report) {
        StringBuilder html =
                new StringBuilder(
                        "<table id=\"participants\"><thead><tr><th>participant</th><th>role</th>"
                                + "<th>stake</th><th>slots won / expected</th><th>published</th><th>S' locked</th><th>rewards</th>"
                                + "<th>slashed</th><th>utility r·k − q·S'</th></tr></thead><tbody>");
        for (ParticipantSummary p : report.participants()) {
            html.append("<tr class=\"participant\"><td title=\"")
                    .append(Html.escape(p.address()))
                    .append("\">")
                    .append(Html.escape(p.name()))
                    .append("</td><td>")
                    .append(Html.escape(p.role()))
                    .append("</td><td class=\"num\">")
                    .append(Html.tokens(p.stake()))
                    .append("</td><td class=\"num\">")
                    .append(
                            p.slotsWon() == null
                                    ? "–"
                                    : p.slotsWon() + " / " + Html.number(p.expectedSlots()))
                    .append("</td><td class=\"num\">")
                    .append(p.published() == null ? "–" : p.published())
                    .append("</td><td class=\"num\">")
                    .append(Html.tokens(p.settlementLocked()))
                    .append("</td><td class=\"num\">")
                    .append(Html.tokens(p.rewards()))
                    .append("</td><td class=\"num\">")
                    .append(Html.tokens(p.slashed()))
                    .append("</td><td class=\"num\">")
                    .append(Html.tokens(p.utility()))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    /** Slashed and disputed provers of the market height, or a sentence saying there were none. */
    static String penalties(List<ProverPenalty> rows) {
        if (rows.isEmpty()) {
            return "<p id=\"prover-penalties\">No prover was slashed or disputed at this height.</p>";
        }
        StringBuilder html =
                new StringBuilder(
                        "<h3>Slashed and disputed provers</h3><table id=\"prover-penalties\"><thead><tr>"
                                + "<th>prover</th><th>slashed</th><th>dispute</th></tr></thead><tbody>");
        for (ProverPenalty row : rows) {
            String kind = row.dispute() == ProverPenalty.Dispute.UPHELD ? "disputed" : "slashed";
            html.append("<tr class=\"penalty ")
                    .append(kind)
                    .append("\" data-prover=\"")
                    .append(Html.escape(row.prover()))
                    .append("\"><td title=\"")
                    .append(Html.escape(row.address()))
                    .append("\">")
                    .append(Html.escape(row.prover()))
                    .append("</td><td class=\"num\">")
                    .append(Html.tokens(row.slashed()))
                    .append("</td><td>")
                    .append(Html.escape(row.dispute().label()))
                    .append("</td></tr>");
        }
        return html.append("</tbody></table>").toString();
    }
}
