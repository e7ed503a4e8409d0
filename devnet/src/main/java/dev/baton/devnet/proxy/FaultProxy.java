package dev.baton.devnet.proxy;

import dev.baton.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;

/**
 * A JSON-RPC proxy in front of a node that injects faults for tests: drop the answer after
 * forwarding, reset the connection, delay, or answer with a provider error, for chosen methods and
 * counts ({@link #inject}). Point the client at {@link #url()}; everything not faulted is forwarded
 * unchanged. Usable from any project's tests:
 *
 * <pre>{@code
 * try (FaultProxy proxy = FaultProxy.start(devnet.rpcUrl())) {
 *     proxy.inject(Fault.dropAnswer("eth_sendRawTransaction"));
 *     // ... client against proxy.url() ...
 *     assertThat(proxy.applied(Fault.Kind.DROP_ANSWER)).isEqualTo(1);
 * }
 * }</pre>
 */
public final class FaultProxy implements AutoCloseable {
    private final URI upstream;
    private final ServerSocket server;
    private final ExecutorService threads =
            Executors.newCachedThreadPool(
                    r -> {
                        Thread t = new Thread(r, "baton-fault-proxy");
                        t.setDaemon(true);
                        return t;
                    });
    private final HttpClient http =
            HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
    private final List<Fault> pending = new ArrayList<>();
    private final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    private final Map<Fault.Kind, AtomicInteger> applied = new ConcurrentHashMap<>();
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();

    private FaultProxy(URI upstream, ServerSocket server) {
        this.upstream = upstream;
        this.server = server;
        threads.execute(this::acceptLoop);
    }

    /** Listens on a free port of 127.0.0.1 and forwards to {@code upstreamUrl}. */
    public static FaultProxy start(String upstreamUrl) {
        try {
            return new FaultProxy(
                    URI.create(upstreamUrl),
                    new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
        } catch (IOException e) {
            throw new IllegalStateException(
                    "fault proxy cannot listen on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /** Where clients connect, e.g. {@code http://127.0.0.1:41234}. */
    public String url() {
        return "http://127.0.0.1:" + server.getLocalPort();
    }

    /**
     * Queues a fault; faults apply in the order injected, each to its next {@code times} matching
     * requests.
     */
    public synchronized void inject(Fault fault) {
        pending.add(fault);
    }

    /** Forgets the faults not applied yet. */
    public synchronized void clear() {
        pending.clear();
    }

    /**
     * How many requests (batch members counted one by one) called {@code method} through the proxy.
     */
    public int calls(String method) {
        AtomicInteger n = calls.get(method);
        return n == null ? 0 : n.get();
    }

    /**
     * How many requests went through the proxy, all methods together (batch members one by one).
     */
    public int totalCalls() {
        return calls.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    /** How many times faults of {@code kind} were applied. */
    public int applied(Fault.Kind kind) {
        AtomicInteger n = applied.get(kind);
        return n == null ? 0 : n.get();
    }

    /** Faults injected and not yet used up. */
    public synchronized int pendingFaults() {
        return pending.size();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        for (Socket s : open) {
            closeQuietly(s);
        }
        threads.shutdownNow();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                threads.execute(() -> serve(socket));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket;
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream()) {
            byte[] body;
            while ((body = HttpMessage.readRequestBody(in)) != null) {
                Set<String> methods = methodsOf(body);
                for (String m : methods) {
                    calls.computeIfAbsent(m, k -> new AtomicInteger()).incrementAndGet();
                }
                Fault fault = take(methods);
                if (fault != null) {
                    applied.computeIfAbsent(fault.kind(), k -> new AtomicInteger())
                            .incrementAndGet();
                }
                if (fault != null && fault.kind() == Fault.Kind.RESET) {
                    socket.setSoLinger(true, 0); // close with RST
                    return;
                }
                if (fault != null && fault.kind() == Fault.Kind.PROVIDER_ERROR) {
                    HttpMessage.writeJson(out, 200, providerError(body));
                    continue;
                }
                if (fault != null && fault.kind() == Fault.Kind.DELAY) {
                    Thread.sleep(fault.delay().toMillis());
                }
                byte[] answer = forward(body);
                if (fault != null && fault.kind() == Fault.Kind.DROP_ANSWER) {
                    // the node acted; close unanswered
                    return;
                }
                HttpMessage.writeJson(out, 200, answer);
            }
        } catch (IOException | InterruptedException e) {
            // the client went away, or the proxy is closing
        } finally {
            open.remove(socket);
        }
    }

    private synchronized Fault take(Set<String> methods) {
        for (int i = 0; i < pending.size(); i++) {
            Fault f = pending.get(i);
            if (!f.matches(methods)) {
                continue;
            }
            if (f.times() == 1) {
                pending.remove(i);
            } else {
                pending.set(i, f.times(f.times() - 1));
            }
            return f;
        }
        return null;
    }

    private byte[] forward(byte[] body) throws IOException, InterruptedException {
        HttpRequest request =
                HttpRequest.newBuilder(upstream)
                        .timeout(Duration.ofSeconds(60))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                        .build();
        return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body();
    }

    private static Set<String> methodsOf(byte[] body) {
        Set<String> methods = new LinkedHashSet<>();
        try {
            JsonNode json = Json.MAPPER.readTree(body);
            if (json.isArray()) {
                json.forEach(n -> methods.add(n.path("method").asString("")));
            } else {
                methods.add(json.path("method").asString(""));
            }
        } catch (RuntimeException notJson) {
            methods.add("");
        }
        return methods;
    }

    private static byte[] providerError(byte[] body) {
        JsonNode json = Json.MAPPER.readTree(body);
        List<String> answers = new ArrayList<>();
        List<JsonNode> all = new ArrayList<>();
        if (json.isArray()) {
            json.forEach(all::add);
        } else {
            all.add(json);
        }
        for (JsonNode call : all) {
            answers.add(
                    "{\"jsonrpc\":\"2.0\",\"id\":"
                            + call.path("id")
                            + ",\"error\":{\"code\":-32005,"
                            + "\"message\":\"rate limit exceeded (injected by the fault proxy)\"}}");
        }
        String text = json.isArray() ? "[" + String.join(",", answers) + "]" : answers.get(0);
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already closed
        }
    }
}
