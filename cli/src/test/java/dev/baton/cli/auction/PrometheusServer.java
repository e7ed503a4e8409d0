package dev.baton.cli.auction;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.baton.model.Json;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A real Prometheus server (Debian's {@code prometheus}, {@code /usr/bin/prometheus} or
 * BATON_PROMETHEUS) started by a test with a generated config: one job scraping a target every
 * second, its database in a temp dir, its API on a free loopback port. Never the system service.
 * Locally a missing binary skips; on CI (CI=true) it fails.
 */
final class PrometheusServer implements AutoCloseable {
    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http = HttpClient.newHttpClient();

    private PrometheusServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** The binary, if installed. */
    static Optional<Path> binary() {
        Path path =
                Path.of(System.getenv().getOrDefault("BATON_PROMETHEUS", "/usr/bin/prometheus"));
        return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }

    /** The binary, else a skip (locally) or a failure (CI=true). */
    static Path requireBinary() {
        Optional<Path> found = binary();
        if (found.isEmpty()) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("prometheus is not installed (apt-get install -y prometheus) and CI=true");
            }
            assumeTrue(false, "prometheus is not installed; set CI=true to make this a failure");
        }
        return found.get();
    }

    /**
     * Starts Prometheus scraping {@code 127.0.0.1:targetPort/metrics} every second; waits until it
     * is ready.
     */
    static PrometheusServer start(Path binary, Path dir, String job, int targetPort)
            throws Exception {
        Files.createDirectories(dir);
        Path config = dir.resolve("prometheus.yml");
        Files.writeString(
                config,
                "global:\n  scrape_interval: 1s\n  scrape_timeout: 1s\n  evaluation_interval: 1s\n"
                        + "scrape_configs:\n  - job_name: "
                        + job
                        + "\n    static_configs:\n      - targets: ['127.0.0.1:"
                        + targetPort
                        + "']\n");
        int port = freePort();
        Path log = dir.resolve("prometheus.log");
        Process process =
                new ProcessBuilder(
                                List.of(
                                        binary.toString(),
                                        "--config.file=" + config,
                                        "--storage.tsdb.path=" + dir.resolve("data"),
                                        "--web.listen-address=127.0.0.1:" + port))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        PrometheusServer server = new PrometheusServer(process, port, log);
        Instant deadline = Instant.now().plusSeconds(60);
        while (!server.ready()) {
            if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                server.close();
                throw new IllegalStateException(
                        "prometheus did not become ready:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        return server;
    }

    private boolean ready() {
        try {
            return get("/-/ready").statusCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The instant value of a PromQL expression that yields one series, or empty when it yields
     * none.
     */
    Optional<Double> value(String query) throws IOException {
        JsonNode result = data("/api/v1/query?query=" + encode(query)).get("result");
        if (result.isEmpty()) {
            return Optional.empty();
        }
        if (result.size() != 1) {
            throw new IllegalStateException(
                    query + " yields " + result.size() + " series: " + result);
        }
        return Optional.of(Double.parseDouble(result.get(0).get("value").get(1).asString()));
    }

    /**
     * The values of a one-series expression over {@code [from, to]} at one-second steps (gaps left
     * out).
     */
    List<Double> range(String query, Instant from, Instant to) throws IOException {
        JsonNode result =
                data("/api/v1/query_range?query="
                                + encode(query)
                                + "&start="
                                + from.getEpochSecond()
                                + "&end="
                                + to.getEpochSecond()
                                + "&step=1")
                        .get("result");
        if (result.size() != 1) {
            throw new IllegalStateException(
                    query + " yields " + result.size() + " series: " + result);
        }
        return java.util.stream.StreamSupport.stream(
                        result.get(0).get("values").spliterator(), false)
                .map(point -> Double.parseDouble(point.get(1).asString()))
                .toList();
    }

    private JsonNode data(String path) throws IOException {
        HttpResponse<String> response = get(path);
        JsonNode doc = Json.MAPPER.readTree(response.body());
        if (response.statusCode() != 200 || !"success".equals(doc.path("status").asString(""))) {
            throw new IllegalStateException(
                    "prometheus " + path + ": " + response.statusCode() + " " + response.body());
        }
        return doc.get("data");
    }

    private HttpResponse<String> get(String path) throws IOException {
        try {
            return http.send(
                    HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
