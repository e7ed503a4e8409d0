package dev.baton.devnet.rpc;

import com.sun.net.httpserver.HttpServer;
import dev.baton.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An in-process JSON-RPC endpoint answering scripted methods; unknown methods get Hardhat 3's "not
 * supported" error.
 */
final class FakeJsonRpcNode implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, Function<JsonNode, Object>> handlers = new ConcurrentHashMap<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();

    FakeJsonRpcNode() {
        try {
            server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(
                "/",
                exchange -> {
                    JsonNode request =
                            Json.MAPPER.readTree(exchange.getRequestBody().readAllBytes());
                    String method = request.get("method").asString();
                    calls.add(method);
                    ObjectNode reply =
                            Json.MAPPER
                                    .createObjectNode()
                                    .put("jsonrpc", "2.0")
                                    .put("id", request.get("id").asLong());
                    Function<JsonNode, Object> handler = handlers.get(method);
                    if (handler == null) {
                        reply.putObject("error")
                                .put("code", DevnetControl.METHOD_NOT_SUPPORTED)
                                .put("message", "Method " + method + " is not supported");
                    } else {
                        reply.set(
                                "result",
                                Json.MAPPER.valueToTree(handler.apply(request.get("params"))));
                    }
                    byte[] body =
                            Json.MAPPER.writeValueAsString(reply).getBytes(StandardCharsets.UTF_8);
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                    exchange.close();
                });
        server.start();
    }

    FakeJsonRpcNode answer(String method, Function<JsonNode, Object> handler) {
        handlers.put(method, handler);
        return this;
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<String> calls() {
        return List.copyOf(calls);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
