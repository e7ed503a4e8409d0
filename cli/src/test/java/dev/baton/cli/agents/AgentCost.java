package dev.baton.cli.agents;

import dev.baton.types.Address;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.methods.response.Transaction;

/**
 * What the agents cost, per role: transactions mined and their gas (read from the blocks), and RPC
 * calls (counted by a proxy in front of each agent), summed over the agents of the role.
 *
 * @param roles each role's totals: agents, transactions, gas, RPC calls
 * @param failed the agents' transactions that reverted (block and sender)
 */
record AgentCost(Map<String, long[]> roles, List<String> failed) {

    static AgentCost read(
            Web3j web3j,
            long from,
            long to,
            Map<Address, String> roleOf,
            Map<Address, Integer> rpcCalls)
            throws IOException {
        Map<String, long[]> roles = new LinkedHashMap<>();
        Map<String, String> byHex = new LinkedHashMap<>();
        roleOf.forEach(
                (address, role) -> {
                    byHex.put(address.lowerHex().toLowerCase(Locale.ROOT), role);
                    long[] totals = roles.computeIfAbsent(role, r -> new long[4]);
                    totals[0]++;
                    totals[3] += rpcCalls.getOrDefault(address, 0);
                });
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
            long[] totals = roles.get(role);
            totals[1]++;
            totals[2] += mined.receipt().getGasUsed().longValueExact();
        }
        return new AgentCost(roles, failed);
    }

    /** Per agent of each role, per epoch. */
    String table(long epochs) {
        StringBuilder out =
                new StringBuilder(
                        String.format(
                                "Agents' cost per epoch (%d epochs)%n%-16s %6s %10s %12s %10s%n",
                                epochs, "role", "agents", "tx/epoch", "gas/epoch", "rpc/epoch"));
        roles.forEach(
                (role, t) ->
                        out.append(
                                String.format(
                                        Locale.ROOT,
                                        "%-16s %6d %10.2f %12d %10.1f%n",
                                        role,
                                        t[0],
                                        (double) t[1] / t[0] / epochs,
                                        t[2] / t[0] / epochs,
                                        (double) t[3] / t[0] / epochs)));
        return out.toString();
    }

    /** The figures as JSON, per agent of each role and per epoch, for bench/results/agents.json. */
    String json(long epochs, int publishedSlots, long seconds) {
        StringBuilder out =
                new StringBuilder(
                        String.format(
                                Locale.ROOT,
                                "{%n  \"epochs\": %d,%n  \"publishedSlots\": %d,%n  \"seconds\": %d,%n  \"roles\": [%n",
                                epochs,
                                publishedSlots,
                                seconds));
        List<String> rows = new ArrayList<>();
        roles.forEach(
                (role, t) ->
                        rows.add(
                                String.format(
                                        Locale.ROOT,
                                        "    {\"role\": \"%s\", \"agents\": %d, \"transactions\": %d, \"gas\": %d,"
                                                + " \"rpcCalls\": %d, \"txPerEpoch\": %.2f, \"gasPerEpoch\": %d,"
                                                + " \"rpcCallsPerEpoch\": %.1f}",
                                        role,
                                        t[0],
                                        t[1],
                                        t[2],
                                        t[3],
                                        (double) t[1] / t[0] / epochs,
                                        t[2] / t[0] / epochs,
                                        (double) t[3] / t[0] / epochs)));
        out.append(String.join(",\n", rows)).append("\n  ]\n}\n");
        return out.toString();
    }
}
