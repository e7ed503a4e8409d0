package dev.baton.agent.metrics;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.baton.agent.runtime.AgentStatus;
import dev.baton.agent.runtime.Duty;
import dev.baton.model.Json;
import dev.baton.tx.Clock;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * An agent's HTTP endpoint on the loopback interface only: {@code /} (the status page, HTML, {@link
 * StatusPage}), {@code /metrics} (Prometheus text format), {@code /health} (200 while the node
 * answers, 503 once the last head is older than the staleness limit or the agent is stopping) and
 * {@code /status} (the page's content as JSON). Read-only: no endpoint changes anything.
 */
public final class AgentHttpServer implements AutoCloseable {
    /** How often the status page reloads itself. */
    static final int PAGE_REFRESH_SECONDS = 2;

    private final HttpServer server;

    private AgentHttpServer(HttpServer server) {
        this.server = server;
    }

    /** Starts serving on 127.0.0.1:{@code port} (0: any free port, see {@link #port()}). */
    public static AgentHttpServer start(
            int port,
            AgentMetrics metrics,
            AgentStatus status,
            Supplier<List<Duty>> duties,
            Clock clock,
            long staleMillis) {
        HttpServer server;
        try {
            server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "metrics port " + port + ": cannot listen on 127.0.0.1: " + e.getMessage(), e);
        }
        server.createContext(
                "/metrics",
                ex -> reply(ex, 200, "text/plain; version=0.0.4; charset=utf-8", metrics.scrape()));
        server.createContext(
                "/health",
                ex -> {
                    boolean ok = status.isHealthy(clock.millis(), staleMillis);
                    reply(ex, ok ? 200 : 503, "text/plain; charset=utf-8", ok ? "ok\n" : "stale\n");
                });
        server.createContext(
                "/status",
                ex -> {
                    long now = clock.millis();
                    Map<String, Object> snapshot =
                            new LinkedHashMap<>(status.snapshot(now, duties.get()));
                    snapshot.put("healthy", status.isHealthy(now, staleMillis));
                    snapshot.put("pendingTransactions", metrics.pendingTransactions());
                    reply(ex, 200, "application/json", Json.MAPPER.writeValueAsString(snapshot));
                });
        // "/" is the catch-all context: only the root itself is the page.
        server.createContext(
                "/",
                ex -> {
                    if (!"/".equals(ex.getRequestURI().getPath())) {
                        reply(
                                ex,
                                404,
                                "text/plain; charset=utf-8",
                                "not found: try /, /status, /metrics or /health\n");
                        return;
                    }
                    long now = clock.millis();
                    List<Duty> current = duties.get();
                    StatusPage.Summary summary =
                            new StatusPage.Summary(
                                    status.agent(),
                                    status.lastBlock(),
                                    status.isHealthy(now, staleMillis),
                                    status.lastHeadAgeMillis(now),
                                    metrics.pendingTransactions(),
                                    status.lastError());
                    reply(
                            ex,
                            200,
                            "text/html; charset=utf-8",
                            StatusPage.render(
                                    summary,
                                    current,
                                    AgentStatus.panels(current),
                                    PAGE_REFRESH_SECONDS));
                });
        server.start();
        return new AgentHttpServer(server);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private static void reply(HttpExchange ex, int code, String type, String body)
            throws IOException {
        try (ex) {
            if (!"GET".equals(ex.getRequestMethod()) && !"HEAD".equals(ex.getRequestMethod())) {
                ex.sendResponseHeaders(405, -1);
                return;
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().set("Content-Type", type);
            ex.sendResponseHeaders(code, bytes.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
