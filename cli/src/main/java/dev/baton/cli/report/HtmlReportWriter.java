package dev.baton.cli.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders a {@link DemoReport} as ONE self-contained HTML file: inline CSS and inline SVG, no
 * scripts, nothing fetched, so it opens the same from a CI artifact, a mail attachment or a closed
 * network.
 */
public final class HtmlReportWriter {
    public static final String FILE_NAME = "report.html";

    private static final String CSS =
            """
            body{font:14px/1.45 system-ui,sans-serif;margin:24px auto;max-width:1100px;color:#222;padding:0 16px}
            h1{font-size:22px}h2{font-size:18px;margin-top:32px;border-bottom:1px solid #ddd}
            table{border-collapse:collapse;margin:8px 0}th,td{padding:4px 10px;border-bottom:1px solid #eee;text-align:left}
            td.num{text-align:right;font-variant-numeric:tabular-nums}th{background:#f6f6f6}
            .charts{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
            .slot-label{font-size:9px;fill:#fff;text-anchor:middle;pointer-events:none}
            .badge{padding:1px 8px;border-radius:9px;font-size:12px;background:#eee}
            .badge.winner{background:#c8e6c9}.badge.uncle{background:#fff3c4}.badge.unproven{background:#ffcdd2}
            tr.out-of-bounds td{color:#b00020}.meta{color:#666}h3{font-size:15px;margin-top:20px}
            tr.penalty.slashed td{color:#b00020}
            """;

    private HtmlReportWriter() {}

    /** Writes {@code dir/report.html} and returns its path. */
    public static Path write(DemoReport report, Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dir);
            Files.writeString(file, render(report));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static String render(DemoReport report) {
        StringBuilder html =
                new StringBuilder(
                                "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                        .append(Html.escape(report.title()))
                        .append("</title><style>")
                        .append(CSS)
                        .append("</style></head><body>")
                        .append("<h1>")
                        .append(Html.escape(report.title()))
                        .append("</h1><p class=\"meta\">chain ")
                        .append(report.chainId())
                        .append(" · ")
                        .append(Html.escape(report.generatedAt()))
                        .append("</p>");
        if (report.timing() != null) {
            html.append(timing(report.timing()));
        }
        if (report.auction() != null) {
            html.append(auction(report.auction()));
        }
        if (report.market() != null) {
            html.append("<h2>Block market: ")
                    .append(Html.escape(report.market().rollup()))
                    .append(", height ")
                    .append(report.market().height())
                    .append("</h2>")
                    .append(Tables.ranking(report.market()))
                    .append(
                            Tables.penalties(
                                    ProverPenalty.of(report.market(), report.participants())));
        }
        if (!report.participants().isEmpty()) {
            html.append("<h2>Participants</h2>").append(Tables.participants(report));
        }
        return html.append("</body></html>\n").toString();
    }

    private static String auction(AuctionEpochReport epoch) {
        List<String> names = new ArrayList<>();
        epoch.shares().forEach(s -> names.add(s.sequencer()));
        epoch.slotMap().stream()
                .map(AuctionEpochReport.SlotCell::sequencer)
                .filter(n -> n != null && !names.contains(n))
                .forEach(names::add);
        Palette palette = new Palette(names);
        long published =
                epoch.slotMap().stream().filter(AuctionEpochReport.SlotCell::published).count();
        return "<h2>Slot auction: "
                + Html.escape(epoch.rollup())
                + ", epoch "
                + epoch.epoch()
                + "</h2><p>"
                + epoch.slots()
                + " slots, "
                + published
                + " published, "
                + (epoch.slots() - published)
                + " missed.</p>"
                + "<div class=\"charts\"><figure>"
                + SlotMapSvg.render(epoch, palette)
                + "<figcaption>Slot map: who held each slot</figcaption></figure><figure>"
                + ShareChartSvg.render(epoch, palette)
                + "<figcaption>Slots won (dots) against the expectation s·e (dashed) and the bounds ⌊s·e⌋..⌈s·e⌉ (bars)"
                + "</figcaption></figure></div>"
                + Tables.shares(epoch);
    }

    private static String timing(Timing timing) {
        return String.format(
                Locale.ROOT,
                "<p id=\"timing\">Wall time <b>%.2f s</b>: node %.2f s (%.0f%%), client %.2f s (%.0f%%).</p>",
                timing.wallMillis() / 1000.0,
                timing.nodeMillis() / 1000.0,
                timing.nodeShare() * 100,
                timing.clientMillis() / 1000.0,
                (1 - timing.nodeShare()) * 100);
    }
}
