package dev.baton.cli.devnet;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.cli.config.ConfigResolver;
import dev.baton.cli.config.EffectiveConfig;
import dev.baton.cli.config.OperatorOptions;
import dev.baton.cli.config.SignerSpec;
import dev.baton.signer.DevAccount;
import dev.baton.signer.DevAccounts;
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
 * client and every other command read. Devnet only: the deployer (and governor) is a development account, index 0
 * unless {@code --dev-key} (or the config's {@code devKeyIndex}) names another. It takes the shared connection
 * options: the node is the configured {@code rpcUrl} (default the local devnet), the manifest is written where
 * {@code --out} says, else where the configured {@code manifest} points (default {@code manifest.json}).
 */
@Command(name = "deploy", mixinStandardHelpOptions = true,
        description = "Deploy the Baton suite to a devnet node and write the deployment manifest.")
public final class DeployCommand implements Runnable {
    static final long DEVNET_CHAIN_ID = 31337;

    @Mixin OperatorOptions operator;
    @Mixin OutputOptions output;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the manifest (default: the configured manifest, else manifest.json).")
    Path out;

    @Override
    public void run() {
        EffectiveConfig config = operator.resolve();
        String rpcUrl = config.rpcUrl() != null ? config.rpcUrl() : ConfigResolver.DEFAULT_DEVNET_RPC_URL;
        int deployerIndex = switch (config.signer()) {
            case SignerSpec.DevKey dev -> dev.index();
            case SignerSpec.None none -> 0;
            default -> throw new ConfigException("deploy signs with the devnet's development accounts only: give "
                    + "--dev-key INDEX (default 0) instead of a keystore; on a real chain see docs/OPERATING.md");
        };
        long chainId = DevnetControl.connect(rpcUrl).chainId();
        if (chainId != DEVNET_CHAIN_ID) {
            throw new ConfigException("deploy uses development keys and runs only on a devnet (chain " + DEVNET_CHAIN_ID
                    + "); the node at '" + rpcUrl + "' is chain " + chainId);
        }
        List<DevAccount> accounts = DevAccounts.hardhatDefaults();
        Path target = out != null ? out : config.manifest();
        output.printer().progress("deploying the Baton suite to " + rpcUrl + " ...");
        DeploymentManifest manifest = Deployer.standard().deploy(rpcUrl, chainId, accounts.get(deployerIndex), accounts);
        manifest.write(target);
        output.printer().progress("manifest written to " + target.toAbsolutePath());
        output.printer().result(manifest);
    }
}
