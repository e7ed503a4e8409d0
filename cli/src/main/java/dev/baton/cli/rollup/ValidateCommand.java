package dev.baton.cli.rollup;

import dev.baton.cli.OutputOptions;
import dev.baton.cli.config.OperatorOptions;
import dev.baton.model.Json;
import dev.baton.model.request.RollupRequest;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baton rollup validate --request FILE}: checks a request offline (no node needed) and
 * prints it with every default filled in, in the shape {@code register} reads. Exit code 2 with
 * every problem listed when it is invalid. What needs the chain (each token's {@code decimals()},
 * so whether a fractional {@code val} fits and the derived stake unit) is checked by {@code
 * register}, still before anything is sent.
 */
@Command(
        name = "validate",
        description =
                "Check a rollup request file offline and print it with its defaults filled in.")
public final class ValidateCommand implements Callable<Integer> {

    @Option(
            names = "--request",
            required = true,
            paramLabel = "FILE",
            description = "The execution_layer_req JSON.")
    Path request;

    @Mixin OperatorOptions operator;

    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        RollupRequest parsed = RequestFiles.read(request, operator.manifest());
        var printer = output.printer();
        printer.progress(
                request
                        + ": valid ("
                        + parsed.selection().mechanism().json()
                        + ", "
                        + parsed.allowedTokens().size()
                        + " token(s))");
        printer.result(parsed.toJson(), Json.MAPPER.readTree(parsed.toJson()));
        return 0;
    }
}
