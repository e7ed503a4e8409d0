package dev.baton.cli.operator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code baton operator}: the operator (keeper) role as an unattended agent. */
@Command(
        name = "operator",
        mixinStandardHelpOptions = true,
        description = "Operator (keeper) agent: seals each epoch as early as allowed (preview).",
        subcommands = OperatorRunCommand.class)
public final class OperatorCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
