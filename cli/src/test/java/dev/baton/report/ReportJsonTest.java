package dev.baton.report;

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
        Files.writeString(file, Files.readString(file).replaceFirst("\\{", "{\"colour\": \"red\","));
        assertThatThrownBy(() -> ReportJson.read(file)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");
    }

    @Test
    void namesAMissingParticipantList() throws Exception {
        Path file = Files.writeString(dir.resolve("demo.json"), "{\"title\": \"x\"}");
        assertThatThrownBy(() -> ReportJson.read(file)).hasMessageContaining("'participants'");
    }

    @Test
    void rejectsASlotMapOutOfOrder() {
        assertThatThrownBy(() -> new AuctionEpochReport("r", 1, List.of(new AuctionEpochReport.SlotCell(1, "a", true)), List.of()))
                .hasMessageContaining("slotMap[0]");
    }
}
