package dev.baton.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.agent.runtime.AgentStatus;
import dev.baton.agent.runtime.Duty;
import dev.baton.agent.runtime.FakeClock;
import dev.baton.model.Json;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AgentHttpServerTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void metricsHealthAndStatusAreServedOnLoopback() throws Exception {
        AgentMetrics metrics = new AgentMetrics("keeper");
        metrics.lastBlock(42);
        metrics.counter("baton.agent.seal", "outcome", "sent").increment();
        FakeClock clock = new FakeClock();
        AgentStatus status = new AgentStatus("keeper", clock.millis());
        Duty duty =
                new Duty() {
                    @Override
                    public String name() {
                        return "seal";
                    }

                    @Override
                    public void onHead(long block) {}

                    @Override
                    public Map<String, Object> status() {
                        return Map.of("nextEpoch", 3);
                    }
                };
        try (AgentHttpServer server =
                AgentHttpServer.start(0, metrics, status, () -> List.of(duty), clock, 1_000)) {
            HttpResponse<String> scrape = get(server.port(), "/metrics");
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body())
                    .contains("baton_agent_last_block{agent=\"keeper\"} 42")
                    .contains("baton_agent_seal_total{agent=\"keeper\",outcome=\"sent\"} 1.0");
            assertThat(get(server.port(), "/health").statusCode()).isEqualTo(200);
            JsonNode doc = Json.MAPPER.readTree(get(server.port(), "/status").body());
            assertThat(doc.get("agent").asString()).isEqualTo("keeper");
            assertThat(doc.get("duties").get("seal").get("nextEpoch").asInt()).isEqualTo(3);

            clock.advance(5_000); // no head for longer than the staleness limit
            assertThat(get(server.port(), "/health").statusCode()).isEqualTo(503);
        }
    }
}
