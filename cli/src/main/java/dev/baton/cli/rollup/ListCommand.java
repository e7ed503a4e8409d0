package dev.baton.cli.rollup;

import dev.baton.cli.OutputOptions;
import dev.baton.client.registry.RollupInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code baton rollup list}: registered rollups, one line each (or a JSON array). */
@Command(name = "list", description = "List registered rollups.")
public final class ListCommand implements Callable<Integer> {

    @Option(
            names = "--from",
            defaultValue = "1",
            paramLabel = "ID",
            description = "First rollup id (default: 1).")
    long from;

    @Option(
            names = "--limit",
            defaultValue = "100",
            paramLabel = "N",
            description = "Most rollups shown (default: 100).")
    int limit;

    @Mixin RegistryTarget connection;

    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        try (var registry = connection.readOnly(connection.manifest())) {
            List<RollupInfo> rollups = registry.view().rollups(from, limit);
            StringBuilder text =
                    new StringBuilder(
                            String.format(
                                    "%-4s %-13s %-42s %-42s %s%n",
                                    "ID", "MECHANISM", "MODULE", "OWNER", "STATE"));
            rollups.forEach(
                    r ->
                            text.append(
                                    String.format(
                                            "%-4d %-13s %-42s %-42s %s%n",
                                            r.id(),
                                            r.request().selection().mechanism().json(),
                                            r.module(),
                                            r.owner(),
                                            r.paused() ? "paused" : "active")));
            output.printer()
                    .result(
                            text.toString().stripTrailing(),
                            rollups.stream().map(ListCommand::summary).toList());
        }
        return 0;
    }

    static Map<String, Object> summary(RollupInfo rollup) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("id", rollup.id());
        fields.put("mechanism", rollup.request().selection().mechanism().json());
        fields.put("module", rollup.module().toString());
        fields.put("owner", rollup.owner().toString());
        fields.put("paused", rollup.paused());
        return fields;
    }
}
