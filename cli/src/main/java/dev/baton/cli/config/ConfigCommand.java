package dev.baton.cli.config;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.cli.Printer;
import dev.baton.tx.Web3jNode;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `baton config ...`: the operator's configuration. */
@Command(
        name = "config",
        description = "Operator configuration.",
        subcommands = ConfigCommand.Check.class)
public final class ConfigCommand {

    /**
     * `baton config check`: validates everything an operator command would need, sending nothing.
     */
    @Command(
            name = "check",
            mixinStandardHelpOptions = true,
            description =
                    "Check the config file, environment, node, chain id and signer without sending anything.")
    public static final class Check implements Callable<Integer> {
        @Mixin OperatorOptions operator;
        @Mixin OutputOptions output;

        @Override
        public Integer call() {
            List<CheckResult> results = new ConfigCheck(operator, Web3jNode::connect).run();
            Printer printer = output.printer();
            printer.result(
                    String.join("\n", results.stream().map(CheckResult::line).toList()),
                    java.util.Map.of("checks", results));
            CheckResult failure =
                    results.stream()
                            .filter(r -> r.status() == CheckResult.Status.FAILED)
                            .findFirst()
                            .orElse(null);
            if (failure != null) {
                throw new ConfigException("config check failed at '" + failure.check() + "'");
            }
            return 0;
        }
    }
}
