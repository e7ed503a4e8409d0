package dev.baton.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.BatonCli;
import dev.baton.cli.ExitCodes;
import dev.baton.model.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/** `baton demo` end to end on its own embedded devnet (a Hardhat process), asserting on its JSON summary. */
class DemoIT {
    @TempDir Path out;

    @Test
    void runsOnAnEmbeddedDevnetAndWritesTheReport() throws Exception {
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        CommandLine cli = BatonCli.commandLine();
        cli.setOut(new PrintWriter(stdout));
        cli.setErr(new PrintWriter(stderr));

        int code = cli.execute("demo", "--out", out.toString(), "--output", "json");

        assertThat(code).as("stderr: %s", stderr).isEqualTo(ExitCodes.OK);
        JsonNode result = Json.MAPPER.readTree(stdout.toString());
        JsonNode summary = result.get("summary");
        assertThat(summary.get("chainId").asLong()).isEqualTo(31337);
        assertThat(summary.get("participants")).hasSize(DemoCast.standard().size());
        for (JsonNode participant : summary.get("participants")) {
            String name = participant.get("name").asString();
            assertThat(participant.get("stake").decimalValue()).as(name)
                    .isEqualByComparingTo(DemoCast.standard().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().stake());
        }
        long wall = summary.get("timing").get("wallMillis").asLong();
        long node = summary.get("timing").get("nodeMillis").asLong();
        assertThat(wall).isPositive();
        assertThat(node).isPositive().isLessThanOrEqualTo(wall);
        assertThat(out.resolve("demo.json")).exists();
        assertThat(out.resolve("manifest.json")).exists();
        assertThat(Files.readString(out.resolve("report.html"))).contains("<table id=\"participants\">");
        assertThat(stderr.toString()).contains("[stake] done in");
    }
}
