package dev.baton.cli.demo;

import dev.baton.cli.report.ParticipantSummary;
import dev.baton.cli.report.Timing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The demo's closing text: one aligned row per participant, then the wall time and its node/client
 * split.
 */
public final class SummaryTable {
    private static final List<String> HEADERS =
            List.of(
                    "participant",
                    "role",
                    "stake",
                    "slots/expected",
                    "published",
                    "S' locked",
                    "rewards",
                    "slashed",
                    "utility");

    private SummaryTable() {}

    public static String render(List<ParticipantSummary> participants, Timing timing) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADERS);
        for (ParticipantSummary p : participants) {
            rows.add(
                    List.of(
                            p.name(),
                            p.role(),
                            tokens(p.stake()),
                            p.slotsWon() == null
                                    ? "-"
                                    : p.slotsWon()
                                            + "/"
                                            + String.format(Locale.ROOT, "%.2f", p.expectedSlots()),
                            p.published() == null ? "-" : p.published().toString(),
                            tokens(p.settlementLocked()),
                            tokens(p.rewards()),
                            tokens(p.slashed()),
                            tokens(p.utility())));
        }
        int[] widths = new int[HEADERS.size()];
        rows.forEach(
                row -> {
                    for (int i = 0; i < row.size(); i++) {
                        widths[i] = Math.max(widths[i], row.get(i).length());
                    }
                });
        StringBuilder text = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                // names left-aligned, figures right-aligned
                line.append(i < 2 ? pad(cell, widths[i], false) : pad(cell, widths[i], true))
                        .append(i < row.size() - 1 ? "  " : "");
            }
            text.append(line.toString().stripTrailing()).append('\n');
        }
        if (timing != null) {
            text.append(
                    String.format(
                            Locale.ROOT,
                            "wall time %.2f s: node %.2f s (%.0f%%), client %.2f s (%.0f%%)%n",
                            timing.wallMillis() / 1000.0,
                            timing.nodeMillis() / 1000.0,
                            timing.nodeShare() * 100,
                            timing.clientMillis() / 1000.0,
                            (1 - timing.nodeShare()) * 100));
        }
        return text.toString();
    }

    private static String tokens(BigDecimal amount) {
        if (amount == null) {
            return "-";
        }
        BigDecimal shown = amount.stripTrailingZeros();
        if (shown.scale() > 4) {
            shown = amount.setScale(4, RoundingMode.HALF_UP);
        }
        if (shown.scale() < 0) {
            shown = shown.setScale(0);
        }
        return shown.toPlainString();
    }

    private static String pad(String cell, int width, boolean right) {
        String space = " ".repeat(width - cell.length());
        return right ? space + cell : cell + space;
    }
}
