package dev.baton.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.BatonCli;
import dev.baton.cli.ExitCodes;
import dev.baton.model.Json;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;

/**
 * `baton demo` end to end on its own embedded devnet (a Hardhat process), asserting on its JSON
 * summary.
 */
class DemoIT {
    private static final int SLOTS = 32;
    private static final BigDecimal REWARD_PER_SLOT = BigDecimal.TEN;

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
            assertThat(participant.get("stake").decimalValue())
                    .as(name)
                    .isEqualByComparingTo(
                            DemoCast.standard().stream()
                                    .filter(p -> p.name().equals(name))
                                    .findFirst()
                                    .orElseThrow()
                                    .stake());
        }
        long wall = summary.get("timing").get("wallMillis").asLong();
        long node = summary.get("timing").get("nodeMillis").asLong();
        assertThat(wall).isPositive();
        assertThat(node).isPositive().isLessThanOrEqualTo(wall);
        assertThat(out.resolve("demo.json")).exists();
        assertThat(out.resolve("manifest.json")).exists();
        assertThat(Files.readString(out.resolve("report.html")))
                .contains(
                        "<table id=\"participants\">",
                        "<table id=\"prover-penalties\">",
                        "<tr class=\"penalty slashed\" data-prover=\"prover-07\">",
                        "<tr class=\"penalty disputed\" data-prover=\"prover-08\">");
        assertThat(stderr.toString())
                .contains("[stake] done in")
                .contains("[auction] done in")
                .contains("[market] done in");
        assertAuction(summary);
        assertMarket(summary);
    }

    /**
     * Height 1: proposer-a's transcript wins, proposer-b's is the uncle, one prover slashed, one
     * dispute upheld.
     */
    private static void assertMarket(JsonNode summary) {
        JsonNode market = summary.get("market");
        Map<String, String> outcomes = new HashMap<>();
        market.get("ranking")
                .forEach(
                        row ->
                                outcomes.put(
                                        row.get("proposer").asString(),
                                        row.get("outcome").asString()));
        assertThat(outcomes)
                .containsEntry("proposer-a", "WINNER")
                .containsEntry("proposer-b", "UNCLE")
                .containsEntry("proposer-c", "UNPROVEN");
        assertThat(market.get("slashed"))
                .extracting(JsonNode::asString)
                .containsExactly("prover-07");
        assertThat(market.get("disputed"))
                .extracting(JsonNode::asString)
                .containsExactly("prover-08");
        Map<String, JsonNode> rows = new HashMap<>();
        summary.get("participants").forEach(row -> rows.put(row.get("name").asString(), row));
        assertThat(rows.get("prover-07").get("slashed").decimalValue()).isPositive();
        JsonNode disputerSlash = rows.get("prover-08").get("slashed");
        assertThat(disputerSlash == null || disputerSlash.isNull())
                .as("the disputing prover keeps its stake")
                .isTrue();
        assertThat(rows.get("proposer-a").get("rewards").decimalValue()).isPositive();
        assertThat(rows.get("prover-01").get("rewards").decimalValue()).isPositive();
    }

    /**
     * Every slot is published or was the idle sequencer's; each sequencer (with its delegator) is
     * paid r per published slot.
     */
    private static void assertAuction(JsonNode summary) {
        JsonNode slotMap = summary.get("auction").get("slotMap");
        assertThat(slotMap).hasSize(SLOTS);
        Map<String, Integer> published = new HashMap<>();
        for (JsonNode cell : slotMap) {
            String holder = cell.get("sequencer").asString();
            boolean done = cell.get("published").asBoolean();
            assertThat(done)
                    .as("slot %s of %s", cell.get("slot"), holder)
                    .isNotEqualTo(holder.equals(DemoCast.IDLE_SEQUENCER));
            if (done) {
                published.merge(holder, 1, Integer::sum);
            }
        }
        Map<String, JsonNode> rows = new HashMap<>();
        summary.get("participants").forEach(row -> rows.put(row.get("name").asString(), row));
        for (JsonNode row : rows.values()) {
            if (!row.get("role").asString().equals("sequencer")) {
                continue;
            }
            String name = row.get("name").asString();
            int k = published.getOrDefault(name, 0);
            assertThat(row.get("published").asInt()).as("%s published", name).isEqualTo(k);
            BigDecimal paid = row.get("rewards").decimalValue();
            if (name.equals(DemoCast.DELEGATE)) {
                paid = paid.add(rows.get(DemoCast.DELEGATOR).get("rewards").decimalValue());
            }
            assertThat(paid)
                    .as("%s and its delegator claimed r x published", name)
                    .isEqualByComparingTo(REWARD_PER_SLOT.multiply(BigDecimal.valueOf(k)));
        }
        JsonNode idle = rows.get(DemoCast.IDLE_SEQUENCER);
        assertThat(idle.get("slotsWon").asInt()).isPositive();
        assertThat(idle.get("published").asInt()).isZero();
        assertThat(idle.get("rewards").decimalValue()).isZero();
        assertThat(idle.get("utility").decimalValue()).isNegative();
    }
}
