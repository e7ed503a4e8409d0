package dev.baton.cli;

import dev.baton.agent.logging.LogFormat;
import picocli.CommandLine.Option;

/**
 * {@code --log-format text|json} of the agent commands. The value is acted on by {@link
 * BatonCli#main} before any logger exists (SLF4J picks its provider once); here it is parsed, so a
 * bad value exits 2, and documented.
 */
public final class LogFormatOption {
    @Option(
            names = LogFormat.OPTION,
            paramLabel = "text|json",
            description =
                    "Log lines as text (default) or as one JSON "
                            + "object per line on stderr (time, level, logger, thread, message, error); also env "
                            + LogFormat.ENVIRONMENT
                            + ".")
    public LogFormat format = LogFormat.TEXT;
}
