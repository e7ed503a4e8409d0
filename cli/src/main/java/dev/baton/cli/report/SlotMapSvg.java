package dev.baton.cli.report;

import dev.baton.cli.report.AuctionEpochReport.SlotCell;

/**
 * The epoch's slot map: one square per slot, filled with its sequencer's colour, hatched grey when
 * it was missed.
 */
final class SlotMapSvg {
    private static final int CELL = 26;
    private static final int GAP = 3;
    private static final int PER_ROW = 16;

    private SlotMapSvg() {}

    static String render(AuctionEpochReport epoch, Palette palette) {
        int rows = Math.max(1, (epoch.slots() + PER_ROW - 1) / PER_ROW);
        int width = PER_ROW * (CELL + GAP) + GAP;
        int gridHeight = rows * (CELL + GAP) + GAP;
        int legendY = gridHeight + 18;
        int height = legendY + 22 * ((palette.names().size() + 3) / 4) + 20;
        StringBuilder svg = new StringBuilder();
        svg.append(
                        "<svg id=\"slot-map\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\"><title>Slot map of epoch ")
                .append(epoch.epoch())
                .append("</title>")
                .append(
                        "<defs><pattern id=\"missed\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" ")
                .append(
                        "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ddd\"/>")
                .append(
                        "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#999\" stroke-width=\"3\"/></pattern></defs>");
        for (SlotCell cell : epoch.slotMap()) {
            int x = GAP + (cell.slot() % PER_ROW) * (CELL + GAP);
            int y = GAP + (cell.slot() / PER_ROW) * (CELL + GAP);
            String who = cell.sequencer() == null ? "open mode" : cell.sequencer();
            String fill =
                    cell.published()
                            ? (cell.sequencer() == null
                                    ? "#777"
                                    : palette.colourOf(cell.sequencer()))
                            : "url(#missed)";
            svg.append("<rect class=\"slot ")
                    .append(cell.published() ? "published" : "missed")
                    .append("\" data-slot=\"")
                    .append(cell.slot())
                    .append("\" data-sequencer=\"")
                    .append(Html.escape(who))
                    .append("\" x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y)
                    .append("\" width=\"")
                    .append(CELL)
                    .append("\" height=\"")
                    .append(CELL)
                    .append("\" rx=\"3\" fill=\"")
                    .append(fill)
                    .append('"')
                    .append(
                            cell.published()
                                    ? ""
                                    : " stroke=\""
                                            + palette.colourOf(who)
                                            + "\" stroke-width=\"2\"")
                    .append("><title>slot ")
                    .append(cell.slot())
                    .append(": ")
                    .append(Html.escape(who))
                    .append(cell.published() ? ", published" : ", missed")
                    .append("</title></rect>");
            svg.append("<text x=\"")
                    .append(x + CELL / 2)
                    .append("\" y=\"")
                    .append(y + CELL / 2 + 4)
                    .append("\" class=\"slot-label\">")
                    .append(cell.slot())
                    .append("</text>");
        }
        int i = 0;
        for (String name : palette.names()) {
            int x = GAP + (i % 4) * 130;
            int y = legendY + (i / 4) * 22;
            svg.append("<rect class=\"legend\" x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y - 11)
                    .append("\" width=\"14\" height=\"14\" fill=\"")
                    .append(palette.colourOf(name))
                    .append("\"/>")
                    .append("<text x=\"")
                    .append(x + 20)
                    .append("\" y=\"")
                    .append(y)
                    .append("\">")
                    .append(Html.escape(name))
                    .append("</text>");
            i++;
        }
        int y = legendY + 22 * ((palette.names().size() + 3) / 4);
        svg.append("<rect x=\"")
                .append(GAP)
                .append("\" y=\"")
                .append(y - 11)
                .append("\" width=\"14\" height=\"14\" fill=\"url(#missed)\"/><text x=\"")
                .append(GAP + 20)
                .append("\" y=\"")
                .append(y)
                .append("\">missed (outline: its sequencer)</text>");
        return svg.append("</svg>").toString();
    }
}
