package dev.baton.cli;

import java.io.UncheckedIOException;
import picocli.CommandLine;

/**
 * Baton's exit codes: 0 success, 1 a failure while doing the work, 2 bad usage or configuration.
 */
public final class ExitCodes {
    public static final int OK = 0;
    public static final int FAILURE = 1;
    public static final int USAGE = 2;

    private ExitCodes() {}

    /** Maps an exception thrown by a command to its exit code. */
    public static int of(Throwable error) {
        // A picocli ParameterException (missing or unknown option, bad value) is bad usage too: the
        // mapper also sees those.
        if (error instanceof ConfigException
                || error instanceof IllegalArgumentException
                || error instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        if (error instanceof UncheckedIOException) {
            return FAILURE;
        }
        return FAILURE;
    }
}
