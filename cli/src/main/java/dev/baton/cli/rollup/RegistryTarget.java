package dev.baton.cli.rollup;

import dev.baton.cli.ConfigException;
import dev.baton.cli.config.OperatorOptions;
import dev.baton.client.Baton;
import dev.baton.client.registry.ContractReader;
import dev.baton.client.registry.RegistryView;
import dev.baton.model.DeploymentManifest;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;
import picocli.CommandLine.Mixin;

/**
 * The registry a {@code baton rollup} command acts on, reached through the shared operator options.
 */
public final class RegistryTarget {

    @Mixin OperatorOptions operator;

    DeploymentManifest manifest() {
        return operator.manifest();
    }

    /** A signing connection to the configured deployment. */
    Baton connect() {
        return operator.connect();
    }

    /** A read-only view of the registry; close the returned node when done. */
    ReadOnly readOnly(DeploymentManifest deployment) {
        Address registry = registryOf(deployment);
        Web3jNode node = operator.node(deployment);
        return new ReadOnly(node, new RegistryView(ContractReader.of(node), registry, deployment));
    }

    /**
     * The manifest's registry address; a missing or malformed entry is a {@link ConfigException}.
     */
    static Address registryOf(DeploymentManifest deployment) {
        try {
            return Address.parse(
                    "manifest contracts." + RegistryView.CONTRACT,
                    deployment.contract(RegistryView.CONTRACT));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    record ReadOnly(Web3jNode node, RegistryView view) implements AutoCloseable {
        @Override
        public void close() {
            node.close();
        }
    }
}
