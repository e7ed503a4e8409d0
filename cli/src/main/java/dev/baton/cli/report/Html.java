package dev.baton.cli.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * Small helpers shared by the page's parts: escaping, number formatting and the participant
 * palette.
 */
final class Html {
    /**
     * Distinguishable fills (colour-blind friendly order), cycled when there are more participants.
     */
    private static final List<String> PALETTE =
            List.of(
                    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#f0e442",
                    "#6a3d9a");

    private Html() {}

    static String escape(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String colour(int index) {
        return PALETTE.get(Math.floorMod(index, PALETTE.size()));
    }

    static String tokens(BigDecimal amount) {
        if (amount == null) {
            return "–";
        }
        return amount.setScale(
                        Math.min(4, Math.max(0, amount.stripTrailingZeros().scale())),
                        RoundingMode.HALF_UP)
                .toPlainString();
    }

    static String number(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A long hex id shortened to 0x1234…abcd for tables. */
    static String shortHex(String hex) {
        if (hex == null || hex.length() <= 14) {
            return hex;
        }
        return hex.substring(0, 6) + "…" + hex.substring(hex.length() - 4);
    }
}
