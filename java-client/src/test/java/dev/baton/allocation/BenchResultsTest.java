package dev.baton.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.model.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class BenchResultsTest {

    @Test
    void createsTheFileWhenMissing(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("results/client.json");
        BenchResults.merge(file, "schedule_ms_1024x10000", 1.25);
        JsonNode written = Json.MAPPER.readTree(Files.readString(file));
        assertThat(written.get("schedule_ms_1024x10000").asDouble()).isEqualTo(1.25);
    }

    @Test
    void keepsOtherBenchmarksKeys(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("client.json");
        Files.writeString(file, "{\"throughput_vs_raw\": 0.91, \"schedule_ms_1024x10000\": 9.0}");
        BenchResults.merge(file, "schedule_ms_1024x10000", 0.5);
        JsonNode written = Json.MAPPER.readTree(Files.readString(file));
        assertThat(written.get("throughput_vs_raw").asDouble()).isEqualTo(0.91);
        assertThat(written.get("schedule_ms_1024x10000").asDouble()).isEqualTo(0.5);
        assertThat(written.size()).isEqualTo(2);
    }
}
