package dev.baton.cli.report;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `baton report`: renders the JSON a demo run saved as one self-contained HTML page. */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = "Write the HTML report (slot map, share chart, ranking) from a demo's JSON.")
public final class ReportCommand implements Callable<Integer> {
    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "target/demo",
            description = "Directory for report.html (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(
            names = "--from",
            paramLabel = "FILE",
            description = "The demo's JSON (default: OUT/demo.json).")
    Path from;

    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        Path source = from != null ? from : out.resolve("demo.json");
        if (!Files.isRegularFile(source)) {
            throw new ConfigException("--from: no such file, was '" + source + "'");
        }
        DemoReport report = ReportJson.read(source);
        Path page = HtmlReportWriter.write(report, out);
        output.printer().result("report: " + page, Map.of("report", page.toString()));
        return 0;
    }
}
