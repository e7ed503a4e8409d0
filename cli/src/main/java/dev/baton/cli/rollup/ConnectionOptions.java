package dev.baton.cli.rollup;

import dev.baton.client.Baton;
import dev.baton.client.BatonOptions;
import dev.baton.client.registry.ContractReader;
import dev.baton.client.registry.RegistryView;
import dev.baton.model.DeploymentManifest;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;
import dev.baton.types.ChainId;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The deployment, the node and (for writes) the signer of a {@code baton rollup} command. */
public final class ConnectionOptions {

    @Mixin
    ManifestOption manifest;

    @Option(names = "--rpc-url", paramLabel = "URL", description = "JSON-RPC endpoint (default: the manifest's rpcUrl).")
    String rpcUrl;

    @ArgGroup(exclusive = false, heading = "Signer:%n")
    SignerOptions signer = new SignerOptions();

    DeploymentManifest manifest() {
        return manifest.read();
    }

    /** A signing connection to the manifest's deployment. */
    Baton connect(DeploymentManifest deployment) {
        BatonOptions options = rpcUrl == null ? BatonOptions.defaults() : BatonOptions.defaults().withRpcUrl(rpcUrl);
        return Baton.connect(deployment, signer.signer(ChainId.of(deployment.chainId())), options);
    }

    /** A read-only view of the registry; close the returned node when done. */
    ReadOnly readOnly(DeploymentManifest deployment) {
        Web3jNode node = Web3jNode.connect(rpcUrl != null ? rpcUrl : deployment.rpcUrl());
        Address registry = Address.parse("manifest contracts." + RegistryView.CONTRACT,
                deployment.contract(RegistryView.CONTRACT));
        return new ReadOnly(node, new RegistryView(ContractReader.of(node), registry, deployment));
    }

    record ReadOnly(Web3jNode node, RegistryView view) implements AutoCloseable {
        @Override
        public void close() {
            node.close();
        }
    }
}
