package dev.baton.cli.rollup;

import dev.baton.cli.OutputOptions;
import dev.baton.client.registry.RollupInfo;
import dev.baton.model.Json;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code baton rollup show ID}: one rollup with its request rebuilt from chain. {@code
 * --request-only} prints just the request JSON, which {@code register --request} accepts as it is.
 */
@Command(name = "show", description = "Show one rollup and its request as registered.")
public final class ShowCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "The rollup id.")
    long id;

    @Option(
            names = "--request-only",
            description = "Print only the request JSON (feed it to register).")
    boolean requestOnly;

    @Mixin RegistryTarget connection;

    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        try (var registry = connection.readOnly(connection.manifest())) {
            RollupInfo rollup = registry.view().rollup(id);
            String requestJson = rollup.request().toJson();
            if (requestOnly) {
                output.printer().result(requestJson, Json.MAPPER.readTree(requestJson));
                return 0;
            }
            Map<String, Object> summary = ListCommand.summary(rollup);
            summary.put("pendingOwner", rollup.pendingOwner().toString());
            String text =
                    summary.entrySet().stream()
                                    .map(e -> e.getKey() + ": " + e.getValue())
                                    .reduce((a, b) -> a + "\n" + b)
                                    .orElse("")
                            + "\nrequest:\n"
                            + requestJson;
            summary.put("request", Json.MAPPER.readTree(requestJson));
            output.printer().result(text, summary);
        }
        return 0;
    }
}
