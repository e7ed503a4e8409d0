package dev.baton.cli.rollup;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code baton rollup}: the rollup owner's and governance's commands around the RollupRegistry. */
@Command(
        mixinStandardHelpOptions = true,
        name = "rollup",
        description =
                "Register rollups from an execution_layer_req file, inspect them, pause or evict (governance).",
        subcommands = {
            ValidateCommand.class,
            RegisterCommand.class,
            ListCommand.class,
            ShowCommand.class,
            PauseCommand.class,
            EvictCommand.class
        })
public final class RollupCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
