package dev.baton.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.agent.runtime.AgentStatus;
import dev.baton.agent.runtime.Duty;
import dev.baton.agent.runtime.FakeClock;
import dev.baton.agent.runtime.StatusContributor;
import dev.baton.agent.runtime.StatusPanel;
import dev.baton.model.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The status page at {@code /}: summary, duties and the panels duties contribute, escaped, no
 * external asset.
 */
class StatusPageTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A duty contributing every kind of panel, with text that must be escaped. */
    private static class Contributing implements Duty, StatusContributor {
        @Override
        public String name() {
            return "market";
        }

        @Override
        public void onHead(long block) {}

        @Override
        public Map<String, Object> status() {
            return Map.of("note", "<b>bold</b>", "list", List.of(1, 2));
        }

        @Override
        public List<StatusPanel> panels() {
            return List.of(
                    new StatusPanel.SlotMap(
                            "slots-current",
                            "Slot map",
                            3,
                            "ELECTED",
                            57,
                            List.of(
                                    new StatusPanel.Slot(
                                            0,
                                            50,
                                            52,
                                            "0xAa",
                                            false,
                                            StatusPanel.SlotState.PUBLISHED),
                                    new StatusPanel.Slot(
                                            1, 52, 54, "0xBb", true, StatusPanel.SlotState.MISSED),
                                    new StatusPanel.Slot(
                                            2,
                                            54,
                                            56,
                                            null,
                                            false,
                                            StatusPanel.SlotState.PENDING))),
                    new StatusPanel.MarketHeights(
                            "market-heights",
                            "Market heights",
                            List.of(
                                    new StatusPanel.Height(7, "pending", "proof window open"),
                                    new StatusPanel.Height(6, "finalised", "winner 0xAa"))),
                    new StatusPanel.Facts(
                            "facts",
                            "Facts & <figures>",
                            List.of(new StatusPanel.Fact("a", "\"quoted\""))));
        }
    }

    /** A keeper's server with {@code pending} transactions in flight and the panels above. */
    private static AgentHttpServer keeperWithPending(long pending) throws IOException {
        AgentMetrics metrics = new AgentMetrics("keeper");
        metrics.pendingTransactions(pending);
        FakeClock clock = new FakeClock();
        AgentStatus status = new AgentStatus("keeper", clock.millis());
        return AgentHttpServer.start(
                0, metrics, status, () -> List.of(new Contributing()), clock, 1_000);
    }

    @Test
    void theRootServesOneSelfContainedPageThatReloadsItself() throws Exception {
        try (AgentHttpServer server = keeperWithPending(2)) {
            HttpResponse<String> page = get(server.port(), "/");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type"))
                    .hasValue("text/html; charset=utf-8");
            String html = page.body();
            assertThat(html)
                    .startsWith("<!DOCTYPE html>")
                    .contains(
                            "<meta http-equiv=\"refresh\" content=\""
                                    + AgentHttpServer.PAGE_REFRESH_SECONDS
                                    + "\">")
                    .contains(
                            "<span id=\"agent\">keeper</span>",
                            "<td id=\"last-block\">none yet</td>",
                            "<td id=\"pending\">2</td>",
                            "<td id=\"health\" class=\"ok\">ok</td>")
                    .doesNotContain("<script", "src=\"http", "href=\"http", "@import");
            assertThat(html)
                    .contains(
                            "<tr class=\"duty\" data-duty=\"market\">",
                            "&lt;b&gt;bold&lt;/b&gt;",
                            "[1,2]")
                    .doesNotContain("<b>bold</b>");
            assertThat(html)
                    .contains(
                            "class=\"slot published\" data-slot=\"0\" data-owner=\"0xAa\" data-state=\"published\"",
                            "class=\"slot missed own\" data-slot=\"1\" data-owner=\"0xBb\" data-state=\"missed\"",
                            "class=\"slot pending\" data-slot=\"2\" data-owner=\"\" data-state=\"pending\"",
                            "data-epoch=\"3\" data-at-block=\"57\"");
            assertThat(html)
                    .contains(
                            "<tr class=\"row pending\"><td>7</td><td>pending</td><td>proof window open</td></tr>",
                            "<tr class=\"row finalised\"><td>6</td>");
            assertThat(html).contains("Facts &amp; &lt;figures&gt;", "&quot;quoted&quot;");

            assertThat(get(server.port(), "/favicon.ico").statusCode()).isEqualTo(404);
        }
    }

    @Test
    void theStatusDocumentCarriesThePanelsHealthAndPendingTransactions() throws Exception {
        try (AgentHttpServer server = keeperWithPending(1)) {
            JsonNode doc = Json.MAPPER.readTree(get(server.port(), "/status").body());
            assertThat(doc.get("healthy").asBoolean()).isTrue();
            assertThat(doc.get("pendingTransactions").asLong()).isEqualTo(1);
            JsonNode slots = doc.get("panels").get(0);
            assertThat(slots.get("id").asString()).isEqualTo("slots-current");
            assertThat(slots.get("slots").get(1).get("state").asString()).isEqualTo("MISSED");
            assertThat(doc.get("panels").get(1).get("heights").get(0).get("height").asLong())
                    .isEqualTo(7);
        }
    }

    @Test
    void aContributorThatThrowsLeavesThePageStanding() throws Exception {
        Duty broken =
                new Contributing() {
                    @Override
                    public List<StatusPanel> panels() {
                        throw new IllegalStateException("boom");
                    }
                };
        assertThat(AgentStatus.panels(List.of(broken, new Contributing()))).hasSize(3);
    }
}
