package dev.baton.cli.sequencer;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code baton sequencer}: the sequencer role as an unattended agent. */
@Command(
        name = "sequencer",
        mixinStandardHelpOptions = true,
        description =
                "Sequencer agent: bids each epoch, publishes in its slots, settles and claims (preview).",
        subcommands = SequencerRunCommand.class)
public final class SequencerCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
