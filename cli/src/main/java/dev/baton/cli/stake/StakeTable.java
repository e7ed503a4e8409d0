package dev.baton.cli.stake;

import dev.baton.client.StakeLock;
import dev.baton.client.StakePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders `baton stake show`: per token the balances, one row per module lock (module, rollup,
 * amount, when it frees, until when its module can slash it) and the totals. Amounts are in the
 * token's smallest unit, as the vault counts.
 */
final class StakeTable {
    private static final String[] HEADER = {
        "module", "rollup", "amount", "frees", "slashable until"
    };

    private StakeTable() {}

    /** The text form of every token's position, in the order given. */
    static String render(String staker, Map<String, StakePosition> positions) {
        StringBuilder out = new StringBuilder("staker: ").append(staker);
        long block = positions.values().stream().mapToLong(StakePosition::atBlock).max().orElse(0);
        out.append("\nat block: ").append(block);
        positions.forEach(
                (symbol, p) -> {
                    var b = p.balances();
                    out.append("\n\n")
                            .append(symbol)
                            .append(": free ")
                            .append(b.free())
                            .append(", locked ")
                            .append(b.locked())
                            .append(", pending ")
                            .append(b.pending());
                    if (b.withdrawableAt() != 0) {
                        out.append(" (withdrawable at block ")
                                .append(b.withdrawableAt())
                                .append(')');
                    }
                    if (p.locks().isEmpty()) {
                        out.append("\n  no locks");
                        return;
                    }
                    out.append('\n').append(table(p.locks()));
                    out.append("\n  total: locked ")
                            .append(p.lockedTotal())
                            .append(", slashable ")
                            .append(p.slashableTotal())
                            .append(" in ")
                            .append(p.slashableByModule().size())
                            .append(" module(s)");
                });
        return out.toString();
    }

    private static String table(List<StakeLock> locks) {
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        for (StakeLock lock : locks) {
            rows.add(
                    new String[] {
                        lock.module().address().toString(),
                        lock.module().label(),
                        lock.amount().toString(),
                        frees(lock),
                        slashable(lock)
                    });
        }
        int[] widths = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (String[] row : rows) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < row.length; i++) {
                line.append(String.format("%-" + widths[i] + "s", row[i]));
                if (i < row.length - 1) {
                    line.append("  ");
                }
            }
            out.append(line.toString().stripTrailing());
        }
        return out.toString();
    }

    private static String frees(StakeLock lock) {
        return lock.live()
                ? "block " + lock.until() + " (in " + lock.freesIn() + ")"
                : "freed at block " + lock.until();
    }

    private static String slashable(StakeLock lock) {
        if (lock.slashableUntil() == lock.until()) {
            return lock.live() ? "while locked" : "no longer";
        }
        return "block "
                + lock.slashableUntil()
                + (lock.slashable() ? " (in " + lock.slashableFor() + ")" : "");
    }

    /** The JSON form of one lock: exact amounts as text, blocks as numbers. */
    static Map<String, Object> json(StakeLock lock) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("module", lock.module().address().toString());
        row.put(
                "rollup",
                lock.module().rollupId().isPresent() ? lock.module().rollupId().getAsLong() : null);
        row.put("mechanism", lock.module().mechanism().map(m -> m.json()).orElse(null));
        row.put("amount", lock.amount().toString());
        row.put("live", lock.live());
        row.put("until", lock.until());
        row.put("freesIn", lock.freesIn());
        row.put("slashableUntil", lock.slashableUntil());
        row.put("slashableFor", lock.slashableFor());
        return row;
    }

    /**
     * The JSON document: balances as before, plus the block, the lock rows and the totals per
     * token.
     */
    static Map<String, Object> json(String staker, Map<String, StakePosition> positions) {
        Map<String, Object> balances = new LinkedHashMap<>();
        Map<String, Object> locks = new LinkedHashMap<>();
        Map<String, Object> totals = new LinkedHashMap<>();
        positions.forEach(
                (symbol, p) -> {
                    balances.put(symbol, p.balances());
                    locks.put(symbol, p.locks().stream().map(StakeTable::json).toList());
                    Map<String, Object> total = new LinkedHashMap<>();
                    total.put("locked", p.lockedTotal().toString());
                    total.put("slashable", p.slashableTotal().toString());
                    total.put("modules", p.slashableByModule().size());
                    totals.put(symbol, total);
                });
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("staker", staker);
        doc.put(
                "atBlock",
                positions.values().stream().mapToLong(StakePosition::atBlock).max().orElse(0));
        doc.put("balances", balances);
        doc.put("locks", locks);
        doc.put("totals", totals);
        return doc;
    }
}
