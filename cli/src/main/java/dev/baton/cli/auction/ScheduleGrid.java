package dev.baton.cli.auction;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders an epoch's slot map as a terminal grid: one cell per slot, each sequencer a letter (A, B,
 * ... then AA, AB, ...) in order of its first slot, and, when colour is on, its own ANSI background
 * colour. A legend maps the letters to addresses with each sequencer's slot count. Plain text when
 * colour is off (pipes, files, NO_COLOR).
 */
public final class ScheduleGrid {
    /**
     * 256-colour backgrounds far enough apart to tell neighbours apart; cycled beyond their number.
     */
    private static final int[] PALETTE = {
        196, 33, 40, 226, 201, 51, 208, 93, 118, 27, 214, 160, 45, 99, 190, 130
    };

    private static final String RESET = "\u001b[0m";

    private final int columns;
    private final boolean colour;

    public ScheduleGrid(int columns, boolean colour) {
        if (columns < 1) {
            throw new IllegalArgumentException("columns must be >= 1, was " + columns);
        }
        this.columns = columns;
        this.colour = colour;
    }

    /**
     * @param sequencerBySlot the sequencer of each slot, as printed in the legend ({@code null} for
     *     a slot nobody owns, as in open mode)
     */
    public String render(String title, List<String> sequencerBySlot) {
        Map<String, Integer> index = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String sequencer : sequencerBySlot) {
            if (sequencer == null) {
                continue;
            }
            index.putIfAbsent(sequencer, index.size());
            counts.merge(sequencer, 1, Integer::sum);
        }
        int width = label(Math.max(0, index.size() - 1)).length();
        int slotDigits = String.valueOf(Math.max(0, sequencerBySlot.size() - 1)).length();
        StringBuilder out = new StringBuilder(title).append('\n');
        for (int row = 0; row * columns < sequencerBySlot.size(); row++) {
            out.append(String.format("%" + slotDigits + "d ", row * columns));
            int end = Math.min(sequencerBySlot.size(), (row + 1) * columns);
            for (int slot = row * columns; slot < end; slot++) {
                String sequencer = sequencerBySlot.get(slot);
                String text = sequencer == null ? "." : label(index.get(sequencer));
                out.append(
                        cell(
                                " " + pad(text, width) + " ",
                                sequencer == null ? -1 : index.get(sequencer)));
            }
            out.append('\n');
        }
        for (Map.Entry<String, Integer> entry : index.entrySet()) {
            int i = entry.getValue();
            out.append(cell(" " + pad(label(i), width) + " ", i))
                    .append(' ')
                    .append(entry.getKey())
                    .append("  ")
                    .append(counts.get(entry.getKey()))
                    .append(counts.get(entry.getKey()) == 1 ? " slot" : " slots")
                    .append('\n');
        }
        return out.toString();
    }

    /** Spreadsheet-style letters: 0 = A, 25 = Z, 26 = AA. */
    static String label(int index) {
        List<Character> letters = new ArrayList<>();
        int n = index;
        do {
            letters.add(0, (char) ('A' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        StringBuilder text = new StringBuilder();
        letters.forEach(text::append);
        return text.toString();
    }

    private String cell(String text, int sequencerIndex) {
        if (!colour || sequencerIndex < 0) {
            return text;
        }
        int background = PALETTE[sequencerIndex % PALETTE.length];
        // Black text reads on every palette entry.
        return "\u001b[48;5;" + background + ";38;5;16m" + text + RESET;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
