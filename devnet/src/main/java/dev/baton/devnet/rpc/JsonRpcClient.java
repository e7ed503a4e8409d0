package dev.baton.devnet.rpc;

import dev.baton.model.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Plain JSON-RPC 2.0 over HTTP: one request, one reply, errors as {@link JsonRpcException}. */
public final class JsonRpcClient {

    private final String url;
    private final URI endpoint;
    private final Duration requestTimeout;
    private final HttpClient http;
    private final AtomicLong nextId = new AtomicLong(1);

    public JsonRpcClient(String url, Duration requestTimeout) {
        this.url = url;
        this.endpoint = parse(url);
        this.requestTimeout = requestTimeout;
        // HTTP/1.1: Hardhat and anvil speak it; skipping the h2c upgrade saves a round trip per call.
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(requestTimeout).build();
    }

    public JsonRpcClient(String url) {
        this(url, Duration.ofSeconds(30));
    }

    public String url() {
        return url;
    }

    /** Calls {@code method} with positional {@code params} and returns the {@code result} node (may be a null node). */
    public JsonNode call(String method, Object... params) {
        ObjectNode request = Json.MAPPER.createObjectNode();
        request.put("jsonrpc", "2.0");
        request.put("id", nextId.getAndIncrement());
        request.put("method", method);
        request.set("params", Json.MAPPER.valueToTree(List.of(params)));
        HttpRequest httpRequest = HttpRequest.newBuilder(endpoint)
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.MAPPER.writeValueAsString(request)))
                .build();
        HttpResponse<String> response;
        try {
            response = http.send(httpRequest, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw JsonRpcException.transport(method, url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw JsonRpcException.transport(method, url, e);
        }
        return resultOf(method, response);
    }

    private JsonNode resultOf(String method, HttpResponse<String> response) {
        JsonNode reply;
        try {
            reply = Json.MAPPER.readTree(response.body());
        } catch (JacksonException e) {
            throw JsonRpcException.badReply(method, url, "HTTP " + response.statusCode() + ", not JSON: " + abbreviate(response.body()));
        }
        JsonNode error = reply.get("error");
        if (error != null && !error.isNull()) {
            throw JsonRpcException.fromNode(method, url, error.path("code").asInt(), error.path("message").asString(""));
        }
        if (!reply.has("result")) {
            throw JsonRpcException.badReply(method, url, "HTTP " + response.statusCode() + ", no 'result': " + abbreviate(response.body()));
        }
        return reply.get("result");
    }

    private static URI parse(String url) {
        try {
            URI uri = URI.create(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new IllegalArgumentException("JSON-RPC url must be http(s), was " + url);
            }
            return uri;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("JSON-RPC url is not valid: " + url + " (" + e.getMessage() + ")", e);
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }
}
