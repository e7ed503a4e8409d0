package dev.baton.cli.rollup;

import dev.baton.cli.ConfigException;
import dev.baton.cli.config.OperatorOptions;
import dev.baton.client.registry.ContractReader;
import dev.baton.client.registry.ModuleRef;
import dev.baton.client.registry.RegistryView;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.request.Mechanism;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;

/**
 * Finds a registered rollup's module (its slot-auction or block-market clone) by rollup id, so that
 * the role commands can say {@code --rollup 1} instead of copying the clone's address from {@code
 * baton rollup register}'s output.
 */
public final class RollupModule {
    private RollupModule() {}

    /** The module of rollup {@code id}, checked to run the {@code expected} mechanism. */
    public static Address resolve(
            OperatorOptions operator, DeploymentManifest deployment, long id, Mechanism expected) {
        if (id < 1) {
            throw new ConfigException("--rollup must be a rollup id (1 or more), was " + id);
        }
        Address registry = RegistryTarget.registryOf(deployment);
        try (Web3jNode node = operator.node(deployment)) {
            RegistryView view = new RegistryView(ContractReader.of(node), registry, deployment);
            long count = view.rollupCount();
            if (id > count) {
                throw new ConfigException(
                        "--rollup "
                                + id
                                + ": no such rollup (the registry holds "
                                + count
                                + (count == 1 ? " rollup)" : " rollups)"));
            }
            ModuleRef module = view.moduleOf(id);
            if (module.mechanism() != expected) {
                throw new ConfigException(
                        "--rollup "
                                + id
                                + " is a "
                                + module.mechanism().json()
                                + " rollup, not a "
                                + expected.json());
            }
            return module.module();
        }
    }
}
