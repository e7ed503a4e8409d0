package dev.baton.cli.rollup;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.client.Baton;
import dev.baton.client.registry.Registration;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.RequestValidationException;
import dev.baton.model.request.RollupRequest;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baton rollup register --request FILE}: validates the request (exit 2 with every problem,
 * before any connection is made), registers it and prints the new rollup's id and module.
 */
@Command(name = "register", description = "Register a rollup from an execution_layer_req file.")
public final class RegisterCommand implements Callable<Integer> {

    @Option(
            names = "--request",
            required = true,
            paramLabel = "FILE",
            description = "The execution_layer_req JSON.")
    Path request;

    @Mixin RegistryTarget connection;

    @Mixin OutputOptions output;

    @Override
    public Integer call() {
        DeploymentManifest deployment = connection.manifest();
        RollupRequest parsed = RequestFiles.read(request, deployment);
        try (Baton baton = connection.connect()) {
            Registration registered;
            try {
                registered = baton.registry().register(parsed);
            } catch (RequestValidationException e) {
                // A stake that does not fit its token's decimals: still the request's fault, and
                // nothing was sent.
                throw new ConfigException(request + ": " + e.getMessage(), e);
            }
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("rollupId", registered.rollupId());
            result.put("module", registered.module().toString());
            result.put("owner", registered.owner().toString());
            result.put("mechanism", parsed.selection().mechanism().json());
            result.put("transaction", registered.transaction().toString());
            output.printer().result(result);
        }
        return 0;
    }
}
