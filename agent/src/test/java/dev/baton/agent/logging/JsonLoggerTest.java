package dev.baton.agent.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.Json;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import tools.jackson.databind.JsonNode;

class JsonLoggerTest {
    @Test
    void eachEventIsOneJsonLineWithItsArgumentsFilledInAndBelowTheThresholdDropped() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        JsonLogger logger =
                new JsonLogger(
                        "dev.baton.agent.X",
                        new PrintStream(bytes, true, StandardCharsets.UTF_8),
                        Level.INFO);
        logger.info("sealing epoch {} at head {}: \"{}\"", 3, 41, "0xab\n");
        logger.debug("not shown {}", 1);
        logger.warn("failed", new IllegalStateException("node down"));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(2);
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        assertThat(first.get("level").asString()).isEqualTo("INFO");
        assertThat(first.get("logger").asString()).isEqualTo("dev.baton.agent.X");
        assertThat(first.get("thread").asString()).isEqualTo(Thread.currentThread().getName());
        assertThat(first.get("message").asString())
                .isEqualTo("sealing epoch 3 at head 41: \"0xab\n\"");
        assertThat(Instant.parse(first.get("time").asString())).isBeforeOrEqualTo(Instant.now());
        JsonNode second = Json.MAPPER.readTree(lines.get(1));
        assertThat(second.get("level").asString()).isEqualTo("WARN");
        assertThat(second.get("error").asString())
                .isEqualTo("java.lang.IllegalStateException: node down");
        assertThat(logger.isDebugEnabled()).isFalse();
        assertThat(logger.isInfoEnabled()).isTrue();
    }

    @Test
    void theFormatComesFromTheArgumentsThenTheEnvironment() {
        assertThat(LogFormat.requested(List.of("operator", "run", "--log-format", "json"), null))
                .hasValue(LogFormat.JSON);
        assertThat(LogFormat.requested(List.of("operator", "run", "--log-format=JSON"), "text"))
                .hasValue(LogFormat.JSON);
        assertThat(LogFormat.requested(List.of("operator", "run", "--log-format", "text"), "json"))
                .hasValue(LogFormat.TEXT);
        assertThat(LogFormat.requested(List.of("operator", "run"), "json"))
                .hasValue(LogFormat.JSON);
        assertThat(LogFormat.requested(List.of("operator", "run"), null)).isEmpty();
        assertThat(LogFormat.requested(List.of("--", "--log-format", "json"), null)).isEmpty();
        assertThat(LogFormat.requested(List.of("--log-format", "yaml"), null))
                .as("left to the parser")
                .isEqualTo(Optional.empty());
    }

    @Test
    void theProviderHandsOutJsonLoggers() {
        JsonLogProvider provider = new JsonLogProvider();
        provider.initialize();
        assertThat(provider.getLoggerFactory().getLogger("a"))
                .isInstanceOf(JsonLogger.class)
                .isSameAs(provider.getLoggerFactory().getLogger("a"));
        assertThat(provider.getRequestedApiVersion()).startsWith("2.0");
        assertThat(provider.getMarkerFactory().getMarker("m").getName()).isEqualTo("m");
        assertThat(provider.getMDCAdapter()).isNotNull();
    }
}
