package dev.baton.cli.demo;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.cli.Printer;
import dev.baton.cli.progress.ProgressSink;
import dev.baton.cli.progress.Ticker;
import dev.baton.cli.report.DemoReport;
import dev.baton.cli.report.HtmlReportWriter;
import dev.baton.cli.report.ReportJson;
import dev.baton.client.BatonOptions;
import dev.baton.devnet.DevnetKind;
import dev.baton.model.DeploymentManifest;
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
 * `baton demo`: drives a Baton deployment on a devnet through its lifecycle with development keys,
 * shows progress, prints the per-participant summary and the wall time split between node and
 * client, and writes {@code OUT/demo.json} and {@code OUT/report.html}.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        description =
                "Run the sequencer-selection lifecycle on a devnet deployment and write its report.")
public final class DemoCommand implements Callable<Integer> {
    @Option(
            names = "--manifest",
            paramLabel = "FILE",
            description = "Use this existing devnet deployment instead of deploying a fresh suite.")
    Path manifest;

    @Option(
            names = "--rpc-url",
            paramLabel = "URL",
            description =
                    "Run on this devnet node (chain 31337, Hardhat accounts funded) instead of starting one. "
                            + "The demo signs with development keys only, so it reads no config file and no signer options.")
    String rpcUrl;

    @Option(
            names = "--docker",
            description = "Start the devnet in a local container instead of a Hardhat process.")
    boolean docker;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            defaultValue = "target/demo",
            description = "Where demo.json and report.html go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Mixin OutputOptions output;

    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    /**
     * An existing deployment (--manifest), a fresh suite on a running node (--rpc-url), or a devnet
     * of our own.
     */
    private DemoTarget target() {
        Path manifestFile = out.resolve("manifest.json");
        if (manifest != null) {
            if (!Files.isRegularFile(manifest)) {
                throw new ConfigException("--manifest: no such file, was '" + manifest + "'");
            }
            DeploymentManifest deployment = DeploymentManifest.read(manifest);
            if (deployment.chainId() != ChainId.DEVNET.value()) {
                throw new ConfigException(
                        "--manifest: the demo signs with development keys and runs on the devnet (chain "
                                + ChainId.DEVNET
                                + ") only; manifest chain id was "
                                + deployment.chainId());
            }
            String url = rpcUrl != null ? rpcUrl : deployment.rpcUrl();
            if (url == null || url.isBlank()) {
                throw new ConfigException("--rpc-url: no URL given and the manifest has no rpcUrl");
            }
            return new DemoTarget(null, url, deployment);
        }
        if (rpcUrl != null) {
            return DemoTarget.external(rpcUrl, manifestFile);
        }
        return DemoTarget.embedded(
                docker ? DevnetKind.CONTAINER : DevnetKind.PROCESS, manifestFile);
    }

    @Override
    public Integer call() throws Exception {
        if (docker && rpcUrl != null) {
            throw new ConfigException("--docker and --rpc-url exclude each other: choose one");
        }
        Printer printer = output.printer();
        NodeTimer timer = new NodeTimer(Ticker.SYSTEM);
        DemoRunner runner =
                new DemoRunner(
                        List.of(
                                new StakePhase(DemoCast.standard()),
                                new AuctionPhase(DemoCast.standard()),
                                new MarketPhase(DemoCast.standard())),
                        ProgressSink.forStderr(spec.commandLine().getErr()),
                        timer,
                        Ticker.SYSTEM);
        DemoReport report;
        try (DemoTarget target = target()) {
            printer.progress(
                    "devnet "
                            + target.rpcUrl()
                            + ": suite "
                            + target.manifest().contracts().keySet());
            try (DemoSession session =
                    new DemoSession(
                            target.manifest(),
                            new TimedNode(Web3jNode.connect(target.rpcUrl()), timer),
                            timer,
                            BatonOptions.defaults())) {
                report = runner.run(session);
            }
        }
        ReportJson.write(report, out.resolve("demo.json"));
        Path page = HtmlReportWriter.write(report, out);
        printer.result(
                SummaryTable.render(report.participants(), report.timing()) + "report: " + page,
                Map.of(
                        "report",
                        page.toString(),
                        "json",
                        out.resolve("demo.json").toString(),
                        "summary",
                        report));
        return 0;
    }
}
