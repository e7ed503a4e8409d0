package dev.baton.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The `--output text|json` option shared by every command that prints a result. */
public final class OutputOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(
            names = {"-o", "--output"},
            defaultValue = "text",
            description = "Result format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    OutputFormat format = OutputFormat.TEXT;

    /** A printer writing to this command's streams. */
    public Printer printer() {
        return new Printer(format, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}
