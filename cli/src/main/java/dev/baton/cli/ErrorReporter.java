package dev.baton.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints one clear line per failure (no stack trace unless BATON_DEBUG is set) and returns the exit
 * code.
 */
final class ErrorReporter implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception error, CommandLine cli, ParseResult parsed) {
        String kind = ExitCodes.of(error) == ExitCodes.USAGE ? "error" : "failed";
        cli.getErr().println("baton: " + kind + ": " + describe(error));
        if (System.getenv("BATON_DEBUG") != null) {
            error.printStackTrace(cli.getErr());
        }
        return ExitCodes.of(error);
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }
}
