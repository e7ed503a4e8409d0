package dev.baton.events;

import dev.baton.types.Address;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One {@code eth_getLogs} range of a cursor poll, halved as often as needed when the provider
 * refuses it as too large ("too many results", "query returned more than N results", "block range
 * too large", "response size exceeded").
 */
final class ChunkScan {
    private ChunkScan() {}

    /**
     * The blocks of {@code from..to} that carry logs (with the hash their logs carry), then block
     * {@code to} with a null hash when it has none (so a reorg of empty blocks above the logs is
     * seen too). Null when one block number came back with two different hashes: the chain moved
     * during the scan.
     */
    static List<CursorPosition.ScannedBlock> scan(
            LogSource source, long from, long to, List<Address> addresses, List<String> topics) {
        List<RawLog> logs = logs(source, from, to, addresses, topics);
        Map<Long, List<RawLog>> byBlock = new LinkedHashMap<>();
        Map<Long, String> hashOf = new LinkedHashMap<>();
        for (RawLog log : logs) {
            String seen = hashOf.putIfAbsent(log.blockNumber(), log.blockHash());
            if (seen != null && !seen.equalsIgnoreCase(log.blockHash())) {
                return null;
            }
            byBlock.computeIfAbsent(log.blockNumber(), b -> new ArrayList<>()).add(log);
        }
        List<CursorPosition.ScannedBlock> out = new ArrayList<>();
        byBlock.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(
                        e -> {
                            List<RawLog> sorted = new ArrayList<>(e.getValue());
                            sorted.sort((a, b) -> Long.compare(a.logIndex(), b.logIndex()));
                            out.add(
                                    new CursorPosition.ScannedBlock(
                                            e.getKey(), hashOf.get(e.getKey()), sorted));
                        });
        if (!byBlock.containsKey(to)) {
            out.add(new CursorPosition.ScannedBlock(to, null, List.of()));
        }
        return out;
    }

    private static List<RawLog> logs(
            LogSource source, long from, long to, List<Address> addresses, List<String> topics) {
        try {
            return source.logs(from, to, addresses, topics);
        } catch (RuntimeException e) {
            if (from >= to || !tooManyResults(e)) {
                throw e;
            }
            long mid = from + (to - from) / 2;
            List<RawLog> out = new ArrayList<>(logs(source, from, mid, addresses, topics));
            out.addAll(logs(source, mid + 1, to, addresses, topics));
            return out;
        }
    }

    /** How providers say a log query is too large. */
    static boolean tooManyResults(RuntimeException e) {
        String m = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return m.contains("too many")
                || m.contains("more than")
                || m.contains("range too large")
                || m.contains("block range")
                || m.contains("response size")
                || m.contains("limit exceeded")
                || m.contains("exceeds the limit")
                || m.contains("query timeout");
    }
}
