package dev.baton.devnet.deploy;

import dev.baton.signer.DevAccount;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetException;
import dev.baton.model.DeploymentManifest;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.FastRawTransactionManager;
import org.web3j.tx.gas.StaticEIP1559GasProvider;
import org.web3j.tx.response.PollingTransactionReceiptProcessor;

/**
 * Deploys the Baton suite to a devnet as an ordered list of {@link DeploymentStep}s and returns the resulting
 * {@link DeploymentManifest}. Receipts are polled every 20 ms: a devnet mines at once, and web3j's default
 * (every 15 s) would make each deployment wait for nothing.
 */
public final class Deployer {

    private static final Logger LOG = LoggerFactory.getLogger(Deployer.class);
    static final Duration RECEIPT_POLL_INTERVAL = Duration.ofMillis(20);
    private static final int RECEIPT_POLL_ATTEMPTS = 1_500; // 30 s
    private static final BigInteger GAS_LIMIT = BigInteger.valueOf(15_000_000);
    private static final BigInteger MAX_FEE = BigInteger.valueOf(100_000_000_000L); // 100 gwei: far above a devnet's base fee
    private static final BigInteger PRIORITY_FEE = BigInteger.valueOf(1_000_000_000L);

    private final List<DeploymentStep> steps;

    public Deployer(List<DeploymentStep> steps) {
        if (steps.isEmpty()) throw new IllegalArgumentException("a Deployer needs at least one deployment step");
        this.steps = List.copyOf(steps);
    }

    /** The Baton suite as it stands: see {@link SuiteSteps#standard()}. */
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

    /** Deploys to any node at {@code rpcUrl} from {@code deployer}, funding {@code fundedAccounts}. */
    public DeploymentManifest deploy(String rpcUrl, long chainId, DevAccount deployer, List<DevAccount> fundedAccounts) {
        Web3j web3j = Web3j.build(new HttpService(rpcUrl));
        try {
            Credentials credentials = Credentials.create(deployer.privateKey());
            // A local nonce saves a round trip per transaction; the deployer account is this deployment's alone.
            var transactions = new FastRawTransactionManager(web3j, credentials, chainId,
                    new PollingTransactionReceiptProcessor(web3j, RECEIPT_POLL_INTERVAL.toMillis(), RECEIPT_POLL_ATTEMPTS));
            var gas = new StaticEIP1559GasProvider(chainId, MAX_FEE, PRIORITY_FEE, GAS_LIMIT);
            DeploymentContext context = new DeploymentContext(web3j, transactions, gas, deployer.address().toString(), fundedAccounts);
            long started = System.nanoTime();
            for (DeploymentStep step : steps) {
                runStep(step, context);
            }
            DeploymentManifest manifest = context.manifest(chainId, rpcUrl);
            LOG.info("deployed Baton suite to chain {} in {} ms: contracts {}, tokens {}", chainId,
                    (System.nanoTime() - started) / 1_000_000, manifest.contracts().keySet(), manifest.tokens().keySet());
            return manifest;
        } finally {
            web3j.shutdown();
        }
    }

    private static void runStep(DeploymentStep step, DeploymentContext context) {
        try {
            step.deploy(context);
        } catch (Exception e) {
            throw new DevnetException("deployment step " + step + " failed: " + e.getMessage(), e);
        }
    }
}
