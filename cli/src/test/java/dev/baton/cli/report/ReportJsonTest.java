package dev.baton.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportJsonTest {
    @TempDir Path dir;

    @Test
    void roundTrips() {
        DemoReport report = SampleReports.sample();
        Path file = dir.resolve("demo.json");
        ReportJson.write(report, file);
        assertThat(ReportJson.read(file)).isEqualTo(report);
    }

    @Test
    void rejectsUnknownFields() throws Exception {
        Path file = dir.resolve("demo.json");
        ReportJson.write(SampleReports.sample(), file);
        Files.writeString(
                file, Files.readString(file).replaceFirst("\\{", "{\"colour\": \"red\","));
        assertThatThrownBy(() -> ReportJson.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("colour");
    }

    @Test
    void namesAMissingParticipantList() throws Exception {
        Path file = Files.writeString(dir.resolve("demo.json"), "{\"title\": \"x\"}");
        assertThatThrownBy(() -> ReportJson.read(file)).hasMessageContaining("'participants'");
    }

    @Test
    void rejectsASlotMapOutOfOrder() {
        assertThatThrownBy(
                        () ->
                                new AuctionEpochReport(
                                        "r",
                                        1,
                                        List.of(new AuctionEpochReport.SlotCell(1, "a", true)),
                                        List.of()))
                .hasMessageContaining("slotMap[0]");
    }

    @Test
    void readsAMarketWithoutSlashOrDisputeListsAsNone() throws Exception {
        Path file = dir.resolve("demo.json");
        ReportJson.write(SampleReports.sample(), file);
        // a report written before the market listed its slashed and disputed provers
        String older =
                Files.readString(file)
                        .replaceAll("(?s),\\s*\"slashed\"\\s*:\\s*\\[[^]]*]", "")
                        .replaceAll("(?s),\\s*\"disputed\"\\s*:\\s*\\[[^]]*]", "");
        assertThat(older).doesNotContain("\"disputed\"");
        Files.writeString(file, older);

        DemoReport read = ReportJson.read(file);

        assertThat(read.market().slashed()).isEmpty();
        assertThat(read.market().disputed()).isEmpty();
        assertThat(HtmlReportWriter.render(read))
                .contains("No prover was slashed or disputed at this height.");
    }
}
