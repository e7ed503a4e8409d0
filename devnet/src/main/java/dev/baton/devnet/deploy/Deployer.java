package dev.baton.devnet.deploy;

import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetException;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevAccount;
import dev.baton.signer.DevKeySigner;
import dev.baton.tx.Clock;
import dev.baton.tx.NonceAuthorities;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxOptions;
import dev.baton.tx.Web3jNode;
import dev.baton.types.ChainId;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deploys the Baton suite as an ordered list of {@link DeploymentStep}s and returns the resulting
 * {@link DeploymentManifest}. Every transaction goes through the client's {@link Transactor}: the
 * same nonce authority, EIP-1559 fees from the node's fee history (within the caps of its {@link
 * TxOptions}), confirmations and typed errors as every other Baton write. A run given the manifest
 * of an earlier one keeps what that run left on chain ({@link DeploymentRun#resumeFrom()}), and
 * wiring calls check the chain before they are sent, so re-running an interrupted deployment
 * finishes it without redeploying.
 */
public final class Deployer {

    private static final Logger LOG = LoggerFactory.getLogger(Deployer.class);

    private final List<DeploymentStep> steps;

    public Deployer(List<DeploymentStep> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("a Deployer needs at least one deployment step");
        }
        this.steps = List.copyOf(steps);
    }

    /** The Baton suite with the devnet's settings: see {@link SuiteSteps#standard()}. */
    /**
     * Forgets the creation an interrupted run left in flight beside {@code manifestFile} (a fresh
     * deployment there must not keep it).
     */
    public static void forgetInFlight(Path manifestFile) {
        new ManifestFile(manifestFile).clearInFlight();
    }

    public static Deployer standard() {
        return new Deployer(SuiteSteps.standard());
    }

    /** Deploys from the devnet's account 0 and funds all its dev accounts. */
    public DeploymentManifest deploy(Devnet devnet) {
        return deploy(devnet.rpcUrl(), devnet.chainId(), devnet.account(0), devnet.accounts());
    }

    /** Deploys and writes the manifest to {@code manifestFile}. */
    public DeploymentManifest deploy(Devnet devnet, Path manifestFile) {
        DeploymentManifest manifest = deploy(devnet);
        manifest.write(manifestFile);
        return manifest;
    }

    /**
     * Deploys to a devnet node at {@code rpcUrl} from development account {@code deployer}, funding
     * {@code fundedAccounts}.
     */
    public DeploymentManifest deploy(
            String rpcUrl, long chainId, DevAccount deployer, List<DevAccount> fundedAccounts) {
        ChainId chain = ChainId.of(chainId);
        try (Web3jNode node = Web3jNode.connect(rpcUrl)) {
            Transactor tx =
                    new Transactor(
                            node,
                            DevKeySigner.of(deployer.privateKey(), chain),
                            TxOptions.forChain(chain),
                            Clock.system(),
                            NonceAuthorities.shared());
            return deploy(tx, DeploymentRun.fresh(rpcUrl, fundedAccounts));
        }
    }

    /**
     * Deploys from {@code tx}'s sender. The node's chain id must be the resumed manifest's; the
     * manifest so far is written to {@link DeploymentRun#manifestFile()} after every contract, and
     * the finished one at the end.
     */
    public DeploymentManifest deploy(Transactor tx, DeploymentRun run) {
        long chainId = tx.node().chainId().value();
        Resumption resumption = new Resumption(run.resumeFrom(), chainId, tx.node()::code);
        ManifestFile file = new ManifestFile(run.manifestFile());
        DeploymentContext context =
                new DeploymentContext(tx, run, chainId, resumption, file::write, file);
        long started = System.nanoTime();
        for (DeploymentStep step : steps) {
            runStep(step, context);
        }
        DeploymentManifest manifest = context.manifest();
        file.write(manifest);
        LOG.info(
                "deployed Baton suite to chain {} in {} ms: contracts {}, tokens {}",
                chainId,
                (System.nanoTime() - started) / 1_000_000,
                manifest.contracts().keySet(),
                manifest.tokens().keySet());
        return manifest;
    }

    private static void runStep(DeploymentStep step, DeploymentContext context) {
        try {
            step.deploy(context);
        } catch (DevnetException e) {
            throw e;
        } catch (Exception e) {
            throw new DevnetException("deployment step " + step + " failed: " + e.getMessage(), e);
        }
    }
}
