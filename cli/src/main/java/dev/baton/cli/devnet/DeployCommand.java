package dev.baton.cli.devnet;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.cli.config.ConfigResolver;
import dev.baton.cli.config.EffectiveConfig;
import dev.baton.cli.config.OperatorOptions;
import dev.baton.devnet.deploy.Deployer;
import dev.baton.devnet.deploy.DeploymentListener;
import dev.baton.devnet.deploy.DeploymentRun;
import dev.baton.devnet.deploy.SuiteSteps;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevAccounts;
import dev.baton.signer.Signer;
import dev.baton.tx.Clock;
import dev.baton.tx.NonceAuthorities;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxOptions;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;
import dev.baton.types.ChainId;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * Deploys the whole suite to any chain and writes the manifest that the client and every other
 * command read. The signer is the configured keystore; development keys (index 0 unless {@code
 * --dev-key} names another) sign only when the node reports the devnet's chain id. Transactions go
 * through the client's transaction layer with the configured confirmations and fee caps; each
 * contract is printed as it is sent and confirmed, and the manifest is rewritten after each one.
 * When the manifest file already exists for this chain, its entries whose code is on chain are
 * kept: re-running an interrupted deployment finishes it. The vault is handed to the timelock at
 * the end.
 */
@Command(
        name = "deploy",
        mixinStandardHelpOptions = true,
        description =
                "Deploy the Baton suite (devnet or any chain) and write the deployment manifest; resumes an "
                        + "interrupted deployment from its manifest.")
public final class DeployCommand implements Runnable {
    static final long DEVNET_CHAIN_ID = ChainId.DEVNET.value();

    @Mixin OperatorOptions operator;
    @Mixin OutputOptions output;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description =
                    "Where to write the manifest (default: the configured manifest, else manifest.json). An "
                            + "existing manifest of this chain is resumed.")
    Path out;

    @Option(
            names = "--fresh",
            description = "Ignore an existing manifest at --out and deploy everything anew.")
    boolean fresh;

    @Option(
            names = "--max-priority-fee-gwei",
            paramLabel = "GWEI",
            description =
                    "Ceiling on maxPriorityFeePerGas, the tip (default: the fee history's median, at least 1 gwei).")
    java.math.BigDecimal maxPriorityFeeGwei;

    @Option(
            names = "--withdrawal-delay-blocks",
            paramLabel = "N",
            description =
                    "StakeVault withdrawal delay (default: 64 on the devnet, 7200 on any other chain).")
    Long withdrawalDelayBlocks;

    @Option(
            names = "--governance-delay-seconds",
            paramLabel = "S",
            description =
                    "BatonTimelock delay, at least 3600 (default: 3600 on the devnet, 86400 on any other chain).")
    Long governanceDelaySeconds;

    @Option(
            names = "--proposer",
            paramLabel = "ADDRESS",
            description = "The timelock's proposer and executor (default: the deployer).")
    String proposer;

    @Override
    public void run() {
        EffectiveConfig config = operator.resolve();
        String rpcUrl =
                config.rpcUrl() != null ? config.rpcUrl() : ConfigResolver.DEFAULT_DEVNET_RPC_URL;
        Path target = out != null ? out : config.manifest();
        try (Web3jNode node = Web3jNode.connect(rpcUrl)) {
            long chainId = node.chainId().value();
            boolean devnet = chainId == DEVNET_CHAIN_ID;
            Signer signer = DeploySigner.choose(config.signer(), chainId, rpcUrl);
            Transactor tx =
                    new Transactor(
                            node,
                            signer,
                            txOptions(config, ChainId.of(chainId)),
                            Clock.system(),
                            NonceAuthorities.shared());
            if (fresh) {
                Deployer.forgetInFlight(target);
            }
            DeploymentManifest previous = fresh ? null : previous(target, chainId, devnet, node);
            DeploymentListener progress = new DeployProgress(output.printer());
            output.printer()
                    .progress(
                            (previous == null ? "deploying" : "resuming")
                                    + " the Baton suite on chain "
                                    + chainId
                                    + " at "
                                    + rpcUrl
                                    + " from "
                                    + signer.address()
                                    + " ...");
            DeploymentRun run =
                    new DeploymentRun(
                            rpcUrl,
                            devnet ? DevAccounts.hardhatDefaults() : List.of(),
                            previous,
                            target,
                            progress);
            DeploymentManifest manifest = new Deployer(steps(devnet)).deploy(tx, run);
            output.printer().progress("manifest written to " + target.toAbsolutePath());
            output.printer().result(manifest);
        }
    }

    private TxOptions txOptions(EffectiveConfig config, ChainId chain) {
        TxOptions options = OperatorOptions.batonOptions(config).toTxOptions(chain);
        if (maxPriorityFeeGwei != null) {
            options =
                    options.withFees(
                            options.fees().withMaxPriorityFeeCap(gweiToWei(maxPriorityFeeGwei)));
        }
        return options;
    }

    static BigInteger gweiToWei(java.math.BigDecimal gwei) {
        if (gwei.signum() < 0) {
            throw new ConfigException(
                    "--max-priority-fee-gwei must be >= 0, was " + gwei.toPlainString());
        }
        try {
            return gwei.movePointRight(9).toBigIntegerExact();
        } catch (ArithmeticException e) {
            throw new ConfigException(
                    "--max-priority-fee-gwei "
                            + gwei.toPlainString()
                            + " has more than 9 decimals (finer than 1 wei)",
                    e);
        }
    }

    private List<dev.baton.devnet.deploy.DeploymentStep> steps(boolean devnet) {
        long withdrawal =
                withdrawalDelayBlocks != null
                        ? withdrawalDelayBlocks
                        : devnet
                                ? SuiteSteps.DEVNET_WITHDRAWAL_DELAY_BLOCKS
                                : SuiteSteps.LIVE_WITHDRAWAL_DELAY_BLOCKS;
        long governance =
                governanceDelaySeconds != null
                        ? governanceDelaySeconds
                        : devnet
                                ? SuiteSteps.DEVNET_GOVERNANCE_DELAY_SECONDS
                                : SuiteSteps.LIVE_GOVERNANCE_DELAY_SECONDS;
        try {
            return SuiteSteps.of(
                    withdrawal,
                    governance,
                    proposer == null ? null : Address.parse("--proposer", proposer));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /**
     * The manifest to resume: the one at {@code file} when it is for this chain. On the devnet a
     * manifest none of whose contracts has code is from an earlier devnet (restarted from scratch)
     * and is replaced; anywhere else such a manifest stops the deployment (see the deployer's
     * resumption).
     */
    private DeploymentManifest previous(Path file, long chainId, boolean devnet, Web3jNode node) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        DeploymentManifest manifest;
        try {
            manifest = DeploymentManifest.read(file);
        } catch (RuntimeException e) {
            throw new ConfigException(
                    "--out "
                            + file
                            + ": an existing file that is not a manifest ("
                            + e.getMessage()
                            + "); give another --out or --fresh",
                    e);
        }
        if (manifest.chainId() != chainId) {
            throw new ConfigException(
                    "--out "
                            + file
                            + " is the manifest of chain "
                            + manifest.chainId()
                            + ", the node is chain "
                            + chainId
                            + ": give another --out (or --fresh to replace it)");
        }
        if (devnet && DeployResume.nothingOnChain(manifest, node)) {
            output.printer()
                    .progress(
                            "the manifest at "
                                    + file
                                    + " is from an earlier devnet (no code at its addresses): "
                                    + "deploying anew");
            return null;
        }
        return manifest;
    }
}
