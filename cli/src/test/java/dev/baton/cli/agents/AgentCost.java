package dev.baton.cli.agents;

import dev.baton.types.Address;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.Transaction;

/**
 * What the agents cost, per role: transactions mined and their gas (read from the blocks), and RPC
 * calls (counted by a proxy in front of each agent), summed over the agents of the role. The
 * auction's roles are reported per epoch; the market's per height: the roles that work only on the
 * market (the provers) with their RPC calls, and the market transactions of an agent serving both
 * (the keeper's finalises and slashes) without them (one proxy counts both modules' reads).
 *
 * @param roles each auction role's totals: agents, transactions, gas, RPC calls
 * @param market each market role's totals, RPC calls -1 where shared with an auction role
 * @param failed the agents' transactions that reverted (block and sender)
 */
record AgentCost(Map<String, long[]> roles, Map<String, long[]> market, List<String> failed) {

    static AgentCost read(
            Web3j web3j,
            long from,
            long to,
            Map<Address, String> roleOf,
            Map<Address, Integer> rpcCalls,
            Address marketAddress,
            Set<String> marketOnly)
            throws IOException {
        Map<String, long[]> roles = new LinkedHashMap<>();
        Map<String, long[]> market = new LinkedHashMap<>();
        Map<String, String> byHex = new LinkedHashMap<>();
        roleOf.forEach(
                (address, role) -> {
                    byHex.put(address.lowerHex().toLowerCase(Locale.ROOT), role);
                    long[] totals =
                            (marketOnly.contains(role) ? market : roles)
                                    .computeIfAbsent(role, r -> new long[4]);
                    totals[0]++;
                    totals[3] += rpcCalls.getOrDefault(address, 0);
                });
        String marketHex = marketAddress.lowerHex().toLowerCase(Locale.ROOT);
        List<String> failed = new ArrayList<>();
        for (MinedTransactions mined :
                MinedTransactions.between(
                        web3j,
                        from,
                        to,
                        t -> byHex.containsKey(t.getFrom().toLowerCase(Locale.ROOT)))) {
            Transaction t = mined.transaction();
            String role = byHex.get(t.getFrom().toLowerCase(Locale.ROOT));
            if (!mined.receipt().isStatusOK()) {
                failed.add(role + " " + t.getFrom() + " in block " + mined.block());
            }
            long[] totals = marketOnly.contains(role) ? market.get(role) : roles.get(role);
            if (marketHex.equalsIgnoreCase(t.getTo()) && !marketOnly.contains(role)) {
                long agents = totals[0];
                totals = market.computeIfAbsent(role, r -> new long[] {agents, 0, 0, -1});
            }
            totals[1]++;
            totals[2] += mined.receipt().getGasUsed().longValueExact();
        }
        return new AgentCost(roles, market, failed);
    }

    /** Per agent of each role, per epoch for the auction's, per height for the market's. */
    String table(long epochs, long heights) {
        return table(roles, epochs, "epoch") + table(market, heights, "height");
    }

    private static String table(Map<String, long[]> roles, long epochs, String per) {
        StringBuilder out =
                new StringBuilder(
                        String.format(
                                "Agents' cost per %s (%d %ss)%n%-16s %6s %10s %12s %10s%n",
                                per,
                                epochs,
                                per,
                                "role",
                                "agents",
                                "tx/" + per,
                                "gas/" + per,
                                "rpc/" + per));
        roles.forEach(
                (role, t) ->
                        out.append(
                                String.format(
                                        Locale.ROOT,
                                        "%-16s %6d %10.2f %12d %10s%n",
                                        role,
                                        t[0],
                                        (double) t[1] / t[0] / epochs,
                                        t[2] / t[0] / epochs,
                                        t[3] < 0
                                                ? "(shared)"
                                                : String.format(
                                                        Locale.ROOT,
                                                        "%.1f",
                                                        (double) t[3] / t[0] / epochs))));
        return out.toString();
    }

    /**
     * The figures as JSON for bench/results/agents.json: per agent of each auction role and per
     * epoch ({@code roles}), of each market role and per height ({@code marketRoles}; {@code
     * rpcCalls} null where the agent's reads serve both modules).
     */
    String json(long epochs, long heights, int publishedSlots, long seconds) {
        return String.format(
                Locale.ROOT,
                "{%n  \"epochs\": %d,%n  \"heights\": %d,%n  \"publishedSlots\": %d,%n"
                        + "  \"seconds\": %d,%n  \"roles\": [%n%s%n  ],%n  \"marketRoles\": [%n%s%n  ]%n}%n",
                epochs,
                heights,
                publishedSlots,
                seconds,
                rows(roles, epochs, "Epoch"),
                rows(market, heights, "Height"));
    }

    private static String rows(Map<String, long[]> roles, long periods, String per) {
        List<String> rows = new ArrayList<>();
        roles.forEach(
                (role, t) ->
                        rows.add(
                                String.format(
                                        Locale.ROOT,
                                        "    {\"role\": \"%s\", \"agents\": %d, \"transactions\": %d, \"gas\": %d,"
                                                + " \"rpcCalls\": %s, \"txPer%s\": %.2f, \"gasPer%s\": %d,"
                                                + " \"rpcCallsPer%s\": %s}",
                                        role,
                                        t[0],
                                        t[1],
                                        t[2],
                                        t[3] < 0 ? "null" : Long.toString(t[3]),
                                        per,
                                        (double) t[1] / t[0] / periods,
                                        per,
                                        t[2] / t[0] / periods,
                                        per,
                                        t[3] < 0
                                                ? "null"
                                                : String.format(
                                                        Locale.ROOT,
                                                        "%.1f",
                                                        (double) t[3] / t[0] / periods))));
        return String.join(",\n", rows);
    }
}
