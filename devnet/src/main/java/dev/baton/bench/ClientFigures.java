package dev.baton.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** The client-speed figures of one run, as they land in {@code bench/results/client.json}. */
record ClientFigures(int n, double rawTps, double clientTps, double ethersTps, String date) {

    static ClientFigures of(int n, PhaseResult raw, PhaseResult client, PhaseResult ethers) {
        return new ClientFigures(n, raw.txPerSecond(), client.txPerSecond(), ethers.txPerSecond(),
                LocalDate.now(ZoneOffset.UTC).toString());
    }

    double throughputVsRaw() {
        return clientTps / rawTps;
    }

    double throughputVsEthers() {
        return clientTps / ethersTps;
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("throughput_vs_raw", round(throughputVsRaw(), 3));
        m.put("throughput_vs_ethers", round(throughputVsEthers(), 3));
        m.put("client_tx_per_s", round(clientTps, 1));
        m.put("raw_tx_per_s", round(rawTps, 1));
        m.put("ethers_tx_per_s", round(ethersTps, 1));
        m.put("client_bench_n", n);
        m.put("client_bench_date", date);
        return m;
    }

    /** Writes these keys into {@code file}, keeping every other key already there. */
    void mergeInto(Path file) {
        JsonMapper json = JsonMapper.builder().build();
        try {
            ObjectNode root = Files.exists(file) ? (ObjectNode) json.readTree(Files.readString(file)) : json.createObjectNode();
            asMap().forEach((k, v) -> root.set(k, json.valueToTree(v)));
            Files.createDirectories(file.getParent());
            Files.writeString(file, json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private static double round(double v, int places) {
        double scale = Math.pow(10, places);
        return Math.round(v * scale) / scale;
    }
}
