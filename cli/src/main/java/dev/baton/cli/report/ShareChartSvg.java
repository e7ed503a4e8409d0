package dev.baton.cli.report;

import java.util.Locale;

/**
 * Stake share against slots won: the line is the expectation s·e, each sequencer's bar spans the
 * concentration bounds ⌊s·e⌋..⌈s·e⌉, and its dot is what it actually won.
 */
final class ShareChartSvg {
    private static final int WIDTH = 520;
    private static final int HEIGHT = 340;
    private static final int LEFT = 50;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 50;

    private ShareChartSvg() {}

    static String render(AuctionEpochReport epoch, Palette palette) {
        double maxShare =
                epoch.shares().stream().mapToDouble(SequencerShare::stakeShare).max().orElse(1);
        double xMax = Math.min(1, Math.ceil(maxShare * 10 + 0.5) / 10);
        int yMax =
                Math.max(
                        1,
                        epoch.shares().stream()
                                        .mapToInt(s -> Math.max(s.ceil(), s.slotsWon()))
                                        .max()
                                        .orElse(1)
                                + 1);
        Scale scale = new Scale(xMax, yMax);
        StringBuilder svg = new StringBuilder();
        svg.append(
                        "<svg id=\"share-chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\"><title>Stake share vs slots won, epoch ")
                .append(epoch.epoch())
                .append("</title>");
        axes(svg, scale, xMax, yMax);
        double lineEnd =
                Math.min(
                        xMax,
                        (double) yMax
                                / Math.max(1, epoch.slots())); // stop the line at the plot's top
        svg.append("<line class=\"expected\" x1=\"")
                .append(f(scale.x(0)))
                .append("\" y1=\"")
                .append(f(scale.y(0)))
                .append("\" x2=\"")
                .append(f(scale.x(lineEnd)))
                .append("\" y2=\"")
                .append(f(scale.y(lineEnd * epoch.slots())))
                .append(
                        "\" stroke=\"#444\" stroke-dasharray=\"6 4\"><title>expected s·e</title></line>");
        for (SequencerShare share : epoch.shares()) {
            String colour = palette.colourOf(share.sequencer());
            double x = scale.x(share.stakeShare());
            svg.append("<g class=\"sequencer\" data-sequencer=\"")
                    .append(Html.escape(share.sequencer()))
                    .append("\">")
                    .append("<rect class=\"bound\" x=\"")
                    .append(f(x - 5))
                    .append("\" y=\"")
                    .append(f(scale.y(share.ceil())))
                    .append("\" width=\"10\" height=\"")
                    .append(f(Math.max(2, scale.y(share.floor()) - scale.y(share.ceil()))))
                    .append("\" fill=\"")
                    .append(colour)
                    .append("\" fill-opacity=\"0.25\" stroke=\"")
                    .append(colour)
                    .append("\"><title>bounds ")
                    .append(share.floor())
                    .append("..")
                    .append(share.ceil())
                    .append("</title></rect>")
                    .append("<circle class=\"won\" cx=\"")
                    .append(f(x))
                    .append("\" cy=\"")
                    .append(f(scale.y(share.slotsWon())))
                    .append("\" r=\"6\" fill=\"")
                    .append(colour)
                    .append("\"><title>")
                    .append(Html.escape(share.sequencer()))
                    .append(": won ")
                    .append(share.slotsWon())
                    .append(", expected ")
                    .append(Html.number(share.expected()))
                    .append("</title></circle></g>");
        }
        return svg.append("</svg>").toString();
    }

    private static void axes(StringBuilder svg, Scale scale, double xMax, int yMax) {
        svg.append("<g class=\"axes\" stroke=\"#888\">")
                .append("<line x1=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(HEIGHT - BOTTOM)
                .append("\" x2=\"")
                .append(WIDTH - RIGHT)
                .append("\" y2=\"")
                .append(HEIGHT - BOTTOM)
                .append("\"/>")
                .append("<line x1=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(TOP)
                .append("\" x2=\"")
                .append(LEFT)
                .append("\" y2=\"")
                .append(HEIGHT - BOTTOM)
                .append("\"/></g>");
        for (int i = 0; i <= 5; i++) {
            double share = xMax * i / 5;
            svg.append("<text class=\"tick\" x=\"")
                    .append(f(scale.x(share)))
                    .append("\" y=\"")
                    .append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\">")
                    .append(String.format(Locale.ROOT, "%.0f%%", share * 100))
                    .append("</text>");
        }
        int step = Math.max(1, yMax / 8);
        for (int slots = 0; slots <= yMax; slots += step) {
            svg.append("<text class=\"tick\" x=\"")
                    .append(LEFT - 8)
                    .append("\" y=\"")
                    .append(f(scale.y(slots) + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(slots)
                    .append("</text>");
        }
        svg.append("<text x=\"")
                .append((LEFT + WIDTH - RIGHT) / 2)
                .append("\" y=\"")
                .append(HEIGHT - 12)
                .append("\" text-anchor=\"middle\">stake share s</text>")
                .append("<text x=\"14\" y=\"")
                .append((TOP + HEIGHT - BOTTOM) / 2)
                .append("\" text-anchor=\"middle\" transform=\"rotate(-90 14 ")
                .append((TOP + HEIGHT - BOTTOM) / 2)
                .append(")\">slots</text>");
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private record Scale(double xMax, int yMax) {
        double x(double share) {
            return LEFT + share / xMax * (WIDTH - LEFT - RIGHT);
        }

        double y(double slots) {
            return HEIGHT - BOTTOM - slots / yMax * (HEIGHT - TOP - BOTTOM);
        }
    }
}
