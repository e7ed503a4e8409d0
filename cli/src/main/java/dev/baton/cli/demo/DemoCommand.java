package dev.baton.cli.demo;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.cli.Printer;
import dev.baton.cli.progress.ProgressSink;
import dev.baton.cli.progress.Ticker;
import dev.baton.client.BatonOptions;
import dev.baton.model.DeploymentManifest;
import dev.baton.report.DemoReport;
import dev.baton.report.HtmlReportWriter;
import dev.baton.report.ReportJson;
import dev.baton.tx.Web3jNode;
import dev.baton.types.ChainId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * `baton demo`: drives a Baton deployment on a devnet through its lifecycle with development keys, shows progress,
 * prints the per-participant summary and the wall time split between node and client, and writes
 * {@code OUT/demo.json} and {@code OUT/report.html}.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the sequencer-selection lifecycle on a devnet deployment and write its report.")
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--manifest", paramLabel = "FILE", required = true,
            description = "Deployment manifest of a devnet deployment (chain 31337).")
    Path manifest;

    @Option(names = "--rpc", paramLabel = "URL", description = "Node to use (default: the manifest's rpcUrl).")
    String rpcUrl;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/demo",
            description = "Where demo.json and report.html go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin OutputOptions output;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(manifest)) throw new ConfigException("--manifest: no such file, was '" + manifest + "'");
        DeploymentManifest deployment = DeploymentManifest.read(manifest);
        if (deployment.chainId() != ChainId.DEVNET.value()) {
            throw new ConfigException("--manifest: the demo signs with development keys and runs on the devnet (chain "
                    + ChainId.DEVNET + ") only; manifest chain id was " + deployment.chainId());
        }
        String url = rpcUrl != null ? rpcUrl : deployment.rpcUrl();
        if (url == null || url.isBlank()) throw new ConfigException("--rpc: no URL given and the manifest has no rpcUrl");
        Printer printer = output.printer();
        NodeTimer timer = new NodeTimer(Ticker.SYSTEM);
        DemoRunner runner = new DemoRunner(List.of(new StakePhase(DemoCast.standard())),
                ProgressSink.forStderr(spec.commandLine().getErr()), timer, Ticker.SYSTEM);
        DemoReport report;
        try (DemoSession session = new DemoSession(deployment, new TimedNode(Web3jNode.connect(url), timer), timer,
                BatonOptions.defaults())) {
            report = runner.run(session);
        }
        ReportJson.write(report, out.resolve("demo.json"));
        Path page = HtmlReportWriter.write(report, out);
        printer.result(SummaryTable.render(report.participants(), report.timing()) + "report: " + page,
                Map.of("report", page.toString(), "json", out.resolve("demo.json").toString(), "summary", report));
        return 0;
    }
}
