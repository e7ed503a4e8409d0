package dev.baton.cli.market;

import dev.baton.client.market.RankingRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a height's ranking as an aligned text table, and each row as plain JSON fields. */
final class RankingTable {
    private static final String[] HEADERS = {
        "#",
        "rank",
        "commitment",
        "proposer",
        "provers",
        "burn",
        "score",
        "status",
        "proven",
        "contributed"
    };

    private RankingTable() {}

    static String render(List<RankingRow> rows) {
        if (rows.isEmpty()) {
            return "no transcripts at this height";
        }
        List<String[]> cells = rows.stream().map(RankingTable::cells).toList();
        int[] widths = new int[HEADERS.length];
        for (int i = 0; i < HEADERS.length; i++) {
            widths[i] = HEADERS[i].length();
        }
        for (String[] row : cells) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder(line(HEADERS, widths));
        for (String[] row : cells) {
            out.append('\n').append(line(row, widths));
        }
        return out.toString();
    }

    static Map<String, Object> json(RankingRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("place", r.place());
        m.put("chainRank", r.chainRank());
        m.put("blockCommitment", r.blockCommitment().hex());
        m.put("proposer", r.proposer().toString());
        m.put("attempt", r.attempt());
        m.put("provers", r.provers());
        m.put("burnBid", r.burnBid().value().toString());
        m.put("score", r.score().toString());
        m.put("status", r.status().name().toLowerCase(Locale.ROOT));
        m.put("proven", r.proven());
        m.put("contributingProvers", r.contributingProvers());
        return m;
    }

    private static String[] cells(RankingRow r) {
        String commitment = r.blockCommitment().hex();
        return new String[] {
            Integer.toString(r.place()),
            r.chainRank() == 0 ? "-" : Integer.toString(r.chainRank()),
            commitment.substring(0, 10) + "…",
            r.proposer().toString(),
            Integer.toString(r.provers()),
            r.burnBid().value().toString(),
            r.score().toString(),
            r.status().name().toLowerCase(Locale.ROOT),
            r.proven() ? "yes" : "no",
            Integer.toString(r.contributingProvers())
        };
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.length; i++) {
            if (i > 0) {
                b.append("  ");
            }
            b.append(String.format("%-" + widths[i] + "s", cells[i]));
        }
        return b.toString().stripTrailing();
    }
}
