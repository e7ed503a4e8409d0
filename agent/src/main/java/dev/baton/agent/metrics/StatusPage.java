package dev.baton.agent.metrics;

import dev.baton.agent.runtime.Duty;
import dev.baton.agent.runtime.StatusPanel;
import dev.baton.model.Json;
import java.util.List;
import java.util.Map;

/**
 * The agent's status page ({@code /}): one self-contained HTML document (inline CSS, no script, no
 * external asset) that reloads itself every {@code refreshSeconds}. Everything shown is escaped;
 * elements carry ids and data attributes ({@code data-slot}, {@code data-owner}, {@code
 * data-state}) so tests and scripts can read it.
 */
public final class StatusPage {
    private StatusPage() {}

    /** What the page shows besides the duties' own maps and panels. */
    public record Summary(
            String agent,
            long lastBlock,
            boolean healthy,
            long lastHeadAgeMillis,
            long pendingTransactions,
            String lastError) {}

    public static String render(
            Summary summary, List<Duty> duties, List<StatusPanel> panels, int refreshSeconds) {
        StringBuilder out = new StringBuilder(8_192);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta http-equiv=\"refresh\" content=\"")
                .append(refreshSeconds)
                .append("\">")
                .append("<title>baton agent ")
                .append(esc(summary.agent()))
                .append("</title><style>")
                .append(CSS)
                .append("</style></head><body>\n");
        out.append("<h1>baton agent <span id=\"agent\">")
                .append(esc(summary.agent()))
                .append("</span></h1>\n");
        out.append("<table id=\"summary\">");
        row(
                out,
                "last-block",
                "last block seen",
                summary.lastBlock() < 0 ? "none yet" : Long.toString(summary.lastBlock()),
                null);
        row(
                out,
                "health",
                "health",
                summary.healthy() ? "ok" : "stale",
                summary.healthy() ? "ok" : "stale");
        row(
                out,
                "head-age",
                "last head read",
                summary.lastHeadAgeMillis() < 0 ? "never" : summary.lastHeadAgeMillis() + " ms ago",
                null);
        row(
                out,
                "pending",
                "pending transactions",
                Long.toString(summary.pendingTransactions()),
                null);
        row(
                out,
                "last-error",
                "last error",
                summary.lastError() == null ? "none" : summary.lastError(),
                null);
        out.append("</table>\n<h2>Duties</h2>\n<table id=\"duties\">");
        if (duties.isEmpty()) {
            out.append("<tr><td>no duty configured</td></tr>");
        }
        for (Duty duty : duties) {
            out.append("<tr class=\"duty\" data-duty=\"")
                    .append(esc(duty.name()))
                    .append("\"><th>")
                    .append(esc(duty.name()))
                    .append("</th><td>");
            Map<String, Object> status;
            try {
                status = duty.status();
            } catch (RuntimeException e) {
                status = Map.of("error", String.valueOf(e.getMessage()));
            }
            status.forEach(
                    (key, value) ->
                            out.append("<span class=\"fact\">")
                                    .append(esc(key))
                                    .append(": <code>")
                                    .append(esc(text(value)))
                                    .append("</code></span> "));
            out.append("</td></tr>");
        }
        out.append("</table>\n");
        for (StatusPanel panel : panels) {
            out.append("<section class=\"panel\" id=\"")
                    .append(esc(panel.id()))
                    .append("\"><h2>")
                    .append(esc(panel.title()))
                    .append("</h2>\n");
            switch (panel) {
                case StatusPanel.SlotMap map -> SlotMapHtml.append(out, map);
                case StatusPanel.Facts facts -> {
                    out.append("<table class=\"facts\">");
                    for (StatusPanel.Fact fact : facts.facts()) {
                        row(out, null, fact.name(), fact.value(), null);
                    }
                    out.append("</table>");
                }
                case StatusPanel.Table table -> table(out, table.columns(), table.rows());
                case StatusPanel.MarketHeights heights ->
                        table(
                                out,
                                List.of("height", "state", "note"),
                                heights.heights().stream()
                                        .map(
                                                h ->
                                                        new StatusPanel.Row(
                                                                h.state(),
                                                                List.of(
                                                                        Long.toString(h.height()),
                                                                        h.state(),
                                                                        h.note() == null
                                                                                ? ""
                                                                                : h.note())))
                                        .toList());
            }
            out.append("</section>\n");
        }
        out.append(
                        "<p class=\"foot\">Read-only. Machine-readable: <a href=\"/status\">/status</a> (JSON), ")
                .append(
                        "<a href=\"/metrics\">/metrics</a> (Prometheus), <a href=\"/health\">/health</a>.</p>\n</body></html>\n");
        return out.toString();
    }

    private static void row(StringBuilder out, String id, String name, String value, String state) {
        out.append("<tr><th>").append(esc(name)).append("</th><td");
        if (id != null) {
            out.append(" id=\"").append(id).append('"');
        }
        if (state != null) {
            out.append(" class=\"").append(esc(state)).append('"');
        }
        out.append('>').append(esc(value)).append("</td></tr>");
    }

    private static void table(StringBuilder out, List<String> columns, List<StatusPanel.Row> rows) {
        out.append("<table class=\"rows\"><tr>");
        for (String column : columns) {
            out.append("<th>").append(esc(column)).append("</th>");
        }
        out.append("</tr>");
        for (StatusPanel.Row row : rows) {
            out.append("<tr class=\"row")
                    .append(row.state() == null ? "" : " " + esc(row.state()))
                    .append("\">");
            for (String cell : row.cells()) {
                out.append("<td>").append(esc(cell)).append("</td>");
            }
            out.append("</tr>");
        }
        if (rows.isEmpty()) {
            out.append("<tr><td colspan=\"")
                    .append(Math.max(1, columns.size()))
                    .append("\">none</td></tr>");
        }
        out.append("</table>");
    }

    /** A scalar as is; anything else as compact JSON. */
    private static String text(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        return Json.MAPPER.writeValueAsString(value);
    }

    /** HTML-escapes text for element content and double-quoted attributes. */
    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String CSS =
            "body{font-family:sans-serif;margin:1.5em;color:#222}"
                    + "table{border-collapse:collapse;margin:.5em 0}th,td{border:1px solid #ccc;padding:.25em .6em;text-align:left}"
                    + "td.ok{color:#1a7f37;font-weight:bold}td.stale{color:#c62828;font-weight:bold}"
                    + ".fact{margin-right:1em}code{font-size:.9em}"
                    + ".slots{display:flex;flex-wrap:wrap;gap:3px;max-width:64em}"
                    + ".slot{width:3.2em;height:2.6em;font-size:.7em;display:flex;flex-direction:column;align-items:center;"
                    + "justify-content:center;border:2px solid transparent;border-radius:3px;color:#fff}"
                    + ".slot.pending{opacity:.45}.slot.missed{background-image:repeating-linear-gradient(45deg,transparent 0 4px,"
                    + "rgba(0,0,0,.35) 4px 6px)}.slot.own{border-color:#000}.slot.published::after{content:'\\2713'}"
                    + ".slot.missed::after{content:'\\2717'}.legend td:first-child{width:1.2em}"
                    + "tr.row.finalised td{color:#1a7f37}tr.row.pending td{color:#8a6d00}.foot{color:#777;font-size:.85em}";
}
