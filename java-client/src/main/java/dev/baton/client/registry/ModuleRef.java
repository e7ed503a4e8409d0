package dev.baton.client.registry;

import dev.baton.model.request.Mechanism;
import dev.baton.types.Address;
import java.util.Objects;

/**
 * Where a registered rollup's selection runs: its module (clone) and that module's mechanism, read
 * from the registry record alone, without the module's parameters, for callers that only need to
 * reach the module.
 *
 * @param rollupId the registry's id (from 1)
 * @param module the rollup's module
 * @param mechanism the module's mechanism
 */
public record ModuleRef(long rollupId, Address module, Mechanism mechanism) {
    public ModuleRef {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(mechanism, "mechanism");
    }
}
