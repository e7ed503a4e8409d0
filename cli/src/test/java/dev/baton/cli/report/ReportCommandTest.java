package dev.baton.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.BatonCli;
import dev.baton.cli.ExitCodes;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {
    @TempDir Path dir;

    @Test
    void writesTheHtmlFromTheDemoJson() throws Exception {
        ReportJson.write(SampleReports.sample(), dir.resolve("demo.json"));
        StringWriter out = new StringWriter();
        CommandLine cli = BatonCli.commandLine();
        cli.setOut(new PrintWriter(out));

        int code = cli.execute("report", "--out", dir.toString());

        assertThat(code).isEqualTo(ExitCodes.OK);
        assertThat(Files.readString(dir.resolve("report.html"))).contains("<svg id=\"slot-map\"");
        assertThat(out.toString()).contains("report.html");
    }

    @Test
    void aMissingInputIsAUsageError() {
        CommandLine cli = BatonCli.commandLine();
        cli.setErr(new PrintWriter(new StringWriter()));
        assertThat(cli.execute("report", "--from", dir.resolve("nope.json").toString()))
                .isEqualTo(ExitCodes.USAGE);
    }
}
