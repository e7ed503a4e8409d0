package dev.baton.cli.devnet;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.devnet.DevAccount;
import dev.baton.devnet.DevAccounts;
import dev.baton.devnet.deploy.Deployer;
import dev.baton.devnet.rpc.DevnetControl;
import dev.baton.model.DeploymentManifest;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Deploys the whole suite to a devnet node with its funded development accounts and writes the manifest that the
 * client and every other command read. Devnet only: the deployer is the node's first development account.
 */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = "Deploy the Baton suite to a devnet node and write the deployment manifest.")
public final class DeployCommand implements Runnable {
    static final long DEVNET_CHAIN_ID = 31337;

    @Mixin OutputOptions output;

    @Option(names = "--rpc-url", defaultValue = "${env:BATON_RPC_URL:-http://127.0.0.1:8545}",
            description = "The devnet's JSON-RPC URL (env BATON_RPC_URL; default ${DEFAULT-VALUE}).")
    String rpcUrl;

    @Option(names = "--out", defaultValue = "manifest.json", description = "Where to write the manifest (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public void run() {
        long chainId = DevnetControl.connect(rpcUrl).chainId();
        if (chainId != DEVNET_CHAIN_ID) {
            throw new ConfigException("deploy uses development keys and runs only on a devnet (chain " + DEVNET_CHAIN_ID
                    + "); the node at '" + rpcUrl + "' is chain " + chainId);
        }
        List<DevAccount> accounts = DevAccounts.hardhatDefaults();
        output.printer().progress("deploying the Baton suite to " + rpcUrl + " ...");
        DeploymentManifest manifest = Deployer.standard().deploy(rpcUrl, chainId, accounts.get(0), accounts);
        manifest.write(out);
        output.printer().progress("manifest written to " + out.toAbsolutePath());
        output.printer().result(manifest);
    }
}
