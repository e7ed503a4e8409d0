package dev.baton.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The client-speed figures of one run, as they land in {@code bench/results/client.json}: the
 * median over the measured rounds (the warm-up round is not among them) of the per-round client/raw
 * ratios, each round's ratio beside it, and the ethers.js reference against the median client
 * throughput. {@code throughput_vs_raw} is against the like-for-like baseline (raw pre-signed sends
 * batched and mined as the client does: the client's own overhead); {@code
 * throughput_vs_raw_one_by_one} against raw sends one request each, each automined in its own
 * block.
 */
record ClientFigures(
        int n, List<RoundResult> rounds, PhaseResult ethers, String date, MachineFacts machine) {

    ClientFigures {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("at least one measured round");
        }
        rounds = List.copyOf(rounds);
    }

    static ClientFigures of(
            int n, List<RoundResult> rounds, PhaseResult ethers, MachineFacts machine) {
        return new ClientFigures(
                n, rounds, ethers, LocalDate.now(ZoneOffset.UTC).toString(), machine);
    }

    /**
     * Median of the per-round ratios to the batched raw baseline: each compares phases that ran
     * under the same load.
     */
    double throughputVsRaw() {
        return median(RoundResult::ratio);
    }

    /** Median of the per-round ratios to raw sends one by one. */
    double throughputVsRawOneByOne() {
        return median(RoundResult::ratioVsOneByOne);
    }

    double throughputVsEthers() {
        return clientTps() / ethers.txPerSecond();
    }

    double clientTps() {
        return median(r -> r.client().txPerSecond());
    }

    double rawTps() {
        return median(r -> r.rawBatched().txPerSecond());
    }

    double rawOneByOneTps() {
        return median(r -> r.rawOneByOne().txPerSecond());
    }

    List<Double> ratios() {
        return rounds.stream().map(r -> round(r.ratio(), 3)).toList();
    }

    List<Double> ratiosVsOneByOne() {
        return rounds.stream().map(r -> round(r.ratioVsOneByOne(), 3)).toList();
    }

    Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("throughput_vs_raw", round(throughputVsRaw(), 3));
        m.put("throughput_vs_raw_rounds", ratios());
        m.put("throughput_vs_raw_one_by_one", round(throughputVsRawOneByOne(), 3));
        m.put("throughput_vs_raw_one_by_one_rounds", ratiosVsOneByOne());
        m.put("throughput_vs_ethers", round(throughputVsEthers(), 3));
        m.put("client_tx_per_s", round(clientTps(), 1));
        m.put("raw_tx_per_s", round(rawTps(), 1));
        m.put("raw_one_by_one_tx_per_s", round(rawOneByOneTps(), 1));
        m.put("ethers_tx_per_s", round(ethers.txPerSecond(), 1));
        m.put("client_bench_n", n);
        m.put("client_bench_rounds", rounds.size());
        m.put("client_bench_date", date);
        m.put("client_bench_machine", machine.describe());
        m.put("client_bench_load_avg", round(machine.loadAverage(), 2));
        return m;
    }

    /** Writes these keys into {@code file}, keeping every other key already there. */
    void mergeInto(Path file) {
        JsonMapper json = JsonMapper.builder().build();
        try {
            ObjectNode root =
                    Files.exists(file)
                            ? (ObjectNode) json.readTree(Files.readString(file))
                            : json.createObjectNode();
            asMap().forEach((k, v) -> root.set(k, json.valueToTree(v)));
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file, json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    private double median(ToDoubleFunction<RoundResult> figure) {
        double[] sorted = rounds.stream().mapToDouble(figure).sorted().toArray();
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static double round(double v, int places) {
        double scale = Math.pow(10, places);
        return Math.round(v * scale) / scale;
    }
}
