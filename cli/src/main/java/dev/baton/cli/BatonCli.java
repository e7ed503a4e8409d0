package dev.baton.cli;

import dev.baton.agent.logging.LogFormat;
import dev.baton.cli.config.ConfigCommand;
import dev.baton.cli.demo.DemoCommand;
import dev.baton.cli.report.ReportCommand;
import dev.baton.cli.rollup.RollupCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The `baton` command: one subcommand group per role, plus the devnet and deployment. */
@Command(
        name = "baton",
        mixinStandardHelpOptions = true,
        versionProvider = BatonVersion.class,
        description =
                "Decentralised rollup sequencer selection: slot auctions, block markets, stake.",
        subcommands = {
            CommandLine.HelpCommand.class,
            dev.baton.cli.devnet.DevnetCommand.class,
            dev.baton.cli.devnet.DeployCommand.class,
            dev.baton.cli.stake.StakeCommand.class,
            RollupCommand.class,
            dev.baton.cli.market.MarketCommand.class,
            dev.baton.cli.market.ProverCommand.class,
            dev.baton.cli.auction.AuctionCommand.class,
            dev.baton.cli.operator.OperatorCommand.class,
            dev.baton.cli.sequencer.SequencerCommand.class,
            ConfigCommand.class,
            ReportCommand.class,
            DemoCommand.class
        })
public final class BatonCli implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Builds the command line with Baton's exit codes: 0 ok, 1 failure, 2 usage or configuration
     * error. Every command of the tree gets {@code -h/--help} (and {@code -V/--version}), whether
     * or not its class asks for them, so help never fails on a command's required options.
     */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new BatonCli());
        withHelpEverywhere(cli);
        cli.setExitCodeExceptionMapper(ExitCodes::of);
        cli.setExecutionExceptionHandler(new ErrorReporter());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        return cli;
    }

    private static void withHelpEverywhere(CommandLine command) {
        if (!command.getCommandSpec().mixinStandardHelpOptions()) {
            command.getCommandSpec().mixinStandardHelpOptions(true);
        }
        command.getSubcommands().values().stream().distinct().forEach(BatonCli::withHelpEverywhere);
    }

    public static void main(String[] args) {
        // Before any logger exists: SLF4J chooses its provider once, at the first logger.
        java.util.List<String> argList = java.util.List.of(args);
        LogFormat.requested(argList, System.getenv(LogFormat.ENVIRONMENT))
                .or(() -> LogFormat.fromAgentFile(argList))
                .ifPresent(LogFormat::install);
        System.exit(commandLine().execute(args));
    }
}
