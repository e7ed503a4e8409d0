package dev.baton.agent.metrics;

import static dev.baton.agent.metrics.StatusPage.esc;

import dev.baton.agent.runtime.StatusPanel;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An epoch's slot map on the status page: one coloured cell per slot (colour by owner), then a
 * legend per owner.
 */
final class SlotMapHtml {
    private SlotMapHtml() {}

    static void append(StringBuilder out, StatusPanel.SlotMap map) {
        out.append("<p>epoch <b class=\"epoch\">")
                .append(map.epoch())
                .append("</b>, status <b class=\"epoch-status\">")
                .append(esc(map.status()))
                .append("</b>, as of block <b class=\"at-block\">")
                .append(map.atBlock())
                .append("</b></p>\n");
        out.append("<div class=\"slots\" data-epoch=\"")
                .append(map.epoch())
                .append("\" data-at-block=\"")
                .append(map.atBlock())
                .append("\">");
        Map<String, int[]> byOwner = new LinkedHashMap<>();
        for (StatusPanel.Slot slot : map.slots()) {
            String owner = slot.owner() == null ? "" : slot.owner();
            String state = slot.state().name().toLowerCase(Locale.ROOT);
            int[] counts = byOwner.computeIfAbsent(owner, o -> new int[3]);
            counts[slot.state().ordinal()]++;
            out.append("<div class=\"slot ")
                    .append(state)
                    .append(slot.own() ? " own" : "")
                    .append("\" data-slot=\"")
                    .append(slot.slot())
                    .append("\" data-owner=\"")
                    .append(esc(owner))
                    .append("\" data-state=\"")
                    .append(state)
                    .append("\" style=\"background-color:")
                    .append(colour(owner))
                    .append("\" title=\"slot ")
                    .append(slot.slot())
                    .append(", blocks ")
                    .append(slot.firstBlock())
                    .append('-')
                    .append(slot.endBlock() - 1)
                    .append(", ")
                    .append(owner.isEmpty() ? "no owner" : esc(owner))
                    .append(": ")
                    .append(state)
                    .append("\">")
                    .append(slot.slot())
                    .append("</div>");
        }
        out.append(
                "</div>\n<table class=\"legend\"><tr><th></th><th>owner</th><th>published</th><th>missed</th><th>pending</th></tr>");
        byOwner.forEach(
                (owner, counts) ->
                        out.append("<tr class=\"owner\" data-owner=\"")
                                .append(esc(owner))
                                .append("\"><td style=\"background-color:")
                                .append(colour(owner))
                                .append("\"></td><td><code>")
                                .append(
                                        owner.isEmpty()
                                                ? "no schedule (" + esc(map.status()) + ")"
                                                : esc(owner))
                                .append("</code></td><td>")
                                .append(counts[0])
                                .append("</td><td>")
                                .append(counts[1])
                                .append("</td><td>")
                                .append(counts[2])
                                .append("</td></tr>"));
        out.append("</table>\n");
    }

    /**
     * A stable colour per owner (grey without one): a hue from the address, mid saturation and
     * lightness.
     */
    static String colour(String owner) {
        if (owner == null || owner.isEmpty()) {
            return "#888";
        }
        int hue = Math.floorMod(owner.toLowerCase(Locale.ROOT).hashCode() * 37, 360);
        return "hsl(" + hue + ",60%,40%)";
    }
}
