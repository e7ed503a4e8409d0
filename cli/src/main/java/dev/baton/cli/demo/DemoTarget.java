package dev.baton.cli.demo;

import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.deploy.Deployer;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevAccounts;
import dev.baton.types.ChainId;
import java.nio.file.Path;

/**
 * Where the demo runs: a devnet it starts itself (a Hardhat process, or a container), or any devnet
 * node at a URL; either way the suite is freshly deployed and its manifest saved beside the report.
 * Closing stops a started devnet.
 */
public record DemoTarget(Devnet devnet, String rpcUrl, DeploymentManifest manifest)
        implements AutoCloseable {

    /** Starts a devnet of {@code kind} and deploys the suite to it. */
    public static DemoTarget embedded(DevnetKind kind, Path manifestFile) {
        Devnet devnet = kind.start();
        try {
            return new DemoTarget(
                    devnet, devnet.rpcUrl(), Deployer.standard().deploy(devnet, manifestFile));
        } catch (RuntimeException e) {
            devnet.close();
            throw e;
        }
    }

    /**
     * Deploys the suite to a running devnet node (chain 31337 with the Hardhat development accounts
     * funded).
     */
    public static DemoTarget external(String rpcUrl, Path manifestFile) {
        var accounts = DevAccounts.hardhatDefaults();
        DeploymentManifest manifest =
                Deployer.standard()
                        .deploy(rpcUrl, ChainId.DEVNET.value(), accounts.get(0), accounts);
        manifest.write(manifestFile);
        return new DemoTarget(null, rpcUrl, manifest);
    }

    @Override
    public void close() {
        if (devnet != null) {
            devnet.close();
        }
    }
}
