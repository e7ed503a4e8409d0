package dev.baton.cli.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One colour per sequencer, in the order they first appear, so the slot map and the chart agree.
 */
final class Palette {
    private final Map<String, String> colours = new LinkedHashMap<>();

    Palette(List<String> names) {
        names.forEach(this::colourOf);
    }

    String colourOf(String name) {
        return colours.computeIfAbsent(name, n -> Html.colour(colours.size()));
    }

    Map<String, String> entries() {
        return Map.copyOf(colours);
    }

    List<String> names() {
        return List.copyOf(colours.keySet());
    }
}
