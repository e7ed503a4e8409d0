package dev.baton.cli.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.cli.AnvilFunding;
import dev.baton.cli.CliRun;
import dev.baton.cli.ExitCodes;
import dev.baton.devnet.ProjectRoot;
import dev.baton.devnet.anvil.AnvilOptions;
import dev.baton.devnet.anvil.AnvilProcess;
import dev.baton.devnet.deploy.Deployer;
import dev.baton.devnet.deploy.DeploymentListener;
import dev.baton.devnet.deploy.DeploymentRun;
import dev.baton.devnet.deploy.SuiteSteps;
import dev.baton.internal.contracts.BatonTimelock;
import dev.baton.internal.contracts.RollupRegistry;
import dev.baton.internal.contracts.StakeVault;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.Json;
import dev.baton.signer.DevAccounts;
import dev.baton.signer.KeystoreSigner;
import dev.baton.signer.PasswordSource;
import dev.baton.tx.Clock;
import dev.baton.tx.NonceAuthorities;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxOptions;
import dev.baton.tx.TxReceipt;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;
import dev.baton.types.ChainId;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.WalletUtils;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.gas.DefaultGasProvider;
import tools.jackson.databind.JsonNode;

/**
 * `baton deploy` on a chain that is not the devnet: anvil started with chain id 11155111
 * (Sepolia's) and a block a second, so it moves by itself like a real chain. Development keys and
 * `devnet mine` are refused naming the chain id; a keystore deploys, an interrupted deployment
 * resumes without redeploying (also one killed with SIGKILL between a contract's transaction and
 * its receipt), and governance ends with the timelock.
 */
class RealChainDeployIT {
    private static final long SEPOLIA = 11_155_111;
    private static final String PASSWORD = "correct horse battery staple";

    /**
     * What a whole deployment sends off the devnet: 9 contracts and 2 tokens, 2 token allowances,
     * the authoriser, the vault's transfer to the timelock and the scheduled acceptance.
     */
    private static final int DEPLOYMENT_TRANSACTIONS = 15;

    /** The suite's contracts in a manifest, after the tokens. */
    private static final String[] SUITE_CONTRACTS = {
        "StakeVault",
        "SlotAuctionViews",
        "SlotAuction",
        "BlockMarketProofs",
        "BlockMarket",
        "AttestationVerifier",
        "BatonTimelock",
        "RollupRegistry"
    };

    @TempDir static Path dir;
    private static AnvilProcess chain;
    private static Web3j web3j;

    @BeforeAll
    static void startChain() {
        chain =
                AnvilProcess.start(
                        ProjectRoot.locate(),
                        AnvilOptions.DEFAULT
                                .withChainId(SEPOLIA)
                                .withBlockTime(Duration.ofSeconds(1)));
        web3j = Web3j.build(new HttpService(chain.rpcUrl()));
    }

    @AfterAll
    static void stopChain() {
        web3j.shutdown();
        chain.close();
    }

    @Test
    void developmentKeysAndNoSignerAreRefusedNamingTheChainAndNothingIsSent() throws Exception {
        Path out = dir.resolve("dev-key-manifest.json");

        CliRun devKey =
                baton(
                        "deploy",
                        "--rpc-url",
                        chain.rpcUrl(),
                        "--dev-key",
                        "0",
                        "--out",
                        out.toString());
        CliRun none = baton("deploy", "--rpc-url", chain.rpcUrl(), "--out", out.toString());

        assertThat(devKey.exitCode()).isNotEqualTo(ExitCodes.OK);
        assertThat(devKey.err())
                .contains("development key 0")
                .contains("chain 11155111")
                .contains("--keystore");
        assertThat(none.exitCode()).isNotEqualTo(ExitCodes.OK);
        assertThat(none.err()).contains("needs a signer on chain 11155111");
        assertThat(Files.exists(out)).isFalse();
        assertThat(nonce(DevAccounts.hardhatDefaults().get(0).address().lowerHex())).isZero();
    }

    @Test
    void devnetMineIsRefusedNamingTheChainAndMinesNothing() throws Exception {
        CliRun mine = baton("devnet", "mine", "--rpc-url", chain.rpcUrl(), "--blocks", "1000");

        assertThat(mine.exitCode()).isNotEqualTo(ExitCodes.OK);
        assertThat(mine.err())
                .contains("devnet mine runs only on a devnet")
                .contains("is chain 11155111");
        // A block a second at most, not the 1000 asked for.
        long head = chain.control().blockNumber();
        Thread.sleep(1_500);
        assertThat(chain.control().blockNumber() - head).isLessThan(5);
    }

    @Test
    void aKeystoreDeploysAndAnInterruptedDeploymentResumesWithoutRedeploying() throws Exception {
        Keystore key = newFundedKeystore("password.txt");
        Path keystore = key.file();
        Path passwordFile = key.password();
        KeystoreSigner signer = key.signer();
        Path manifestFile = dir.resolve("sepolia-manifest.json");

        // The first run stops once SlotAuctionViews is confirmed, as a killed process would (the
        // test hook is the listener).
        assertThatThrownBy(() -> interruptedRun(signer, manifestFile, "SlotAuctionViews"))
                .hasMessageContaining("interrupted after SlotAuctionViews");
        DeploymentManifest partial = DeploymentManifest.read(manifestFile);
        assertThat(partial.tokens()).containsOnlyKeys("BTN", "ALT");
        assertThat(partial.contracts()).containsOnlyKeys("StakeVault", "SlotAuctionViews");
        long sentBefore = nonce(signer.address().lowerHex());
        assertThat(sentBefore).as("2 tokens, the vault, 2 allowances, the views").isEqualTo(6);

        CliRun resumed =
                deployWithKeystore(
                        keystore,
                        passwordFile,
                        manifestFile,
                        "--confirmations",
                        "2",
                        "--max-fee-gwei",
                        "10",
                        "--max-priority-fee-gwei",
                        "0.5",
                        "-o",
                        "json");

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(ExitCodes.OK);
        assertThat(resumed.err())
                .contains("resuming the Baton suite on chain 11155111")
                .contains("BTN: kept at")
                .contains("SlotAuctionViews: kept at")
                .contains("StakeVault.setTokenAllowed(ALT): already done on chain")
                .contains("SlotAuction: sent 0x")
                .contains("RollupRegistry: confirmed in block");
        DeploymentManifest manifest = DeploymentManifest.read(manifestFile);
        assertThat(manifest.tokens()).isEqualTo(partial.tokens());
        assertThat(manifest.contracts())
                .containsAllEntriesOf(partial.contracts())
                .containsOnlyKeys(SUITE_CONTRACTS);
        assertThat(nonce(signer.address().lowerHex()))
                .as("nothing redeployed")
                .isEqualTo(DEPLOYMENT_TRANSACTIONS);
        assertThat(manifest.chainId()).isEqualTo(SEPOLIA);
        assertThat(manifest.deployments())
                .containsOnlyKeys(
                        Stream.concat(Stream.of("BTN", "ALT"), Stream.of(SUITE_CONTRACTS))
                                .toArray(String[]::new));
        assertThat(manifest.deployedAtBlock())
                .isEqualTo(manifest.deployments().get("BTN").block())
                .isEqualTo(partial.deployedAtBlock());
        assertFeesWithinCaps(manifest.deployments().get("SlotAuction").txHash());
        assertTheShapeIgnitionWritesToo(manifestFile);
        assertGovernanceWithTheTimelock(manifest, signer.address());

        CliRun again =
                deployWithKeystore(keystore, passwordFile, manifestFile, "--confirmations", "1");
        assertThat(again.exitCode()).as(again.err()).isEqualTo(ExitCodes.OK);
        assertThat(again.err())
                .contains("RollupRegistry: kept at")
                .contains("StakeVault.transferOwnership(BatonTimelock): already done on chain")
                .contains(
                        "BatonTimelock.schedule(StakeVault.acceptOwnership): already done on chain")
                .doesNotContain(": sent ");
        assertThat(nonce(signer.address().lowerHex())).isEqualTo(DEPLOYMENT_TRANSACTIONS);
        assertThat(DeploymentManifest.read(manifestFile)).isEqualTo(manifest);
    }

    @Test
    void aDeploymentKilledBetweenAContractsTransactionAndItsReceiptKeepsThatContractOnResume()
            throws Exception {
        Keystore key = newFundedKeystore("killed-password.txt");
        Path manifestFile = dir.resolve("killed-manifest.json");
        Path log = dir.resolve("killed-deploy.log");
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(
                List.of(
                        "-jar",
                        Path.of(System.getenv().getOrDefault("BATON_ROOT", ".."))
                                .resolve("cli/target/baton.jar")
                                .toString()));
        command.addAll(
                deployArgs(key.file(), key.password(), manifestFile, "--confirmations", "3"));
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
        Pattern sent = Pattern.compile("SlotAuction: sent (0x[0-9a-f]{64})");
        Matcher matcher = sent.matcher("");
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (!(matcher = sent.matcher(Files.readString(log))).find()) {
                assertThat(process.isAlive()).as(Files.readString(log)).isTrue();
                assertThat(System.nanoTime()).as("SlotAuction sent").isLessThan(deadline);
                Thread.sleep(10);
            }
        } finally {
            process.destroyForcibly(); // SIGKILL: no shutdown hook, no last write
            process.waitFor();
        }
        String inFlight = matcher.group(1);
        DeploymentManifest partial = DeploymentManifest.read(manifestFile);
        assertThat(partial.contracts())
                .as("killed before SlotAuction's receipt (3 confirmations of 1 s blocks)")
                .containsOnlyKeys("StakeVault", "SlotAuctionViews");

        CliRun resumed =
                deployWithKeystore(
                        key.file(), key.password(), manifestFile, "--confirmations", "1");

        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(ExitCodes.OK);
        assertThat(resumed.err())
                .contains("SlotAuction: kept at")
                .doesNotContain("SlotAuction: sent")
                .contains("RollupRegistry: confirmed in block");
        DeploymentManifest manifest = DeploymentManifest.read(manifestFile);
        assertThat(manifest.contracts()).containsOnlyKeys(SUITE_CONTRACTS);
        assertThat(manifest.deployments().get("SlotAuction").txHash()).isEqualTo(inFlight);
        assertThat(nonce(key.signer().address().lowerHex()))
                .as("the contract in flight was not deployed again")
                .isEqualTo(DEPLOYMENT_TRANSACTIONS);
        assertThat(Files.exists(dir.resolve("killed-manifest.json.inflight"))).isFalse();
    }

    /** A new keystore account, funded, its password in {@code passwordFileName}. */
    private static Keystore newFundedKeystore(String passwordFileName) throws Exception {
        Path keystore =
                Path.of(
                        dir.toString(),
                        WalletUtils.generateLightNewWalletFile(PASSWORD, dir.toFile()));
        Path passwordFile = Files.writeString(dir.resolve(passwordFileName), PASSWORD);
        KeystoreSigner signer =
                KeystoreSigner.open(
                        keystore, PasswordSource.file(passwordFile), ChainId.of(SEPOLIA));
        fund(signer.address());
        return new Keystore(keystore, passwordFile, signer);
    }

    private record Keystore(Path file, Path password, KeystoreSigner signer) {}

    private static void interruptedRun(
            KeystoreSigner signer, Path manifestFile, String lastContract) {
        DeploymentListener stopAfter =
                new DeploymentListener() {
                    @Override
                    public void confirmed(String what, TxReceipt receipt) {
                        if (what.equals(lastContract)) {
                            throw new IllegalStateException(
                                    "interrupted after " + lastContract + " (test hook)");
                        }
                    }
                };
        try (Web3jNode node = Web3jNode.connect(chain.rpcUrl())) {
            TxOptions options =
                    TxOptions.LIVE
                            .withConfirmations(1)
                            .withPolling(Duration.ofMillis(50), Duration.ofMillis(500));
            Transactor tx =
                    new Transactor(
                            node, signer, options, Clock.system(), NonceAuthorities.shared());
            new Deployer(
                            SuiteSteps.of(
                                    SuiteSteps.LIVE_WITHDRAWAL_DELAY_BLOCKS,
                                    SuiteSteps.LIVE_GOVERNANCE_DELAY_SECONDS,
                                    null))
                    .deploy(
                            tx,
                            new DeploymentRun(
                                    chain.rpcUrl(), List.of(), null, manifestFile, stopAfter));
        }
    }

    /**
     * The same fields and entries as scripts/ignition-manifest.js writes
     * (test/vectors/manifest-shape.json).
     */
    private static void assertTheShapeIgnitionWritesToo(Path manifestFile) throws Exception {
        JsonNode shape =
                Json.MAPPER.readTree(
                        ProjectRoot.locate()
                                .dir()
                                .resolve("test/vectors/manifest-shape.json")
                                .toFile());
        JsonNode written = Json.MAPPER.readTree(manifestFile.toFile());
        assertThat(names(written)).containsExactlyElementsOf(texts(shape.get("fields")));
        assertThat(names(written.get("contracts")))
                .containsExactlyInAnyOrderElementsOf(texts(shape.get("contracts")));
        assertThat(names(written.get("tokens")))
                .containsExactlyInAnyOrderElementsOf(texts(shape.get("tokens")));
        for (var deployment : written.get("deployments").properties()) {
            assertThat(names(deployment.getValue()))
                    .as(deployment.getKey())
                    .containsExactlyElementsOf(texts(shape.get("deployment")));
        }
    }

    private static List<String> names(JsonNode object) {
        return object.properties().stream().map(Map.Entry::getKey).toList();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(node -> out.add(node.asString()));
        return out;
    }

    private static void assertFeesWithinCaps(String txHash) throws Exception {
        var sent = web3j.ethGetTransactionByHash(txHash).send().getTransaction().orElseThrow();
        assertThat(sent.getMaxPriorityFeePerGas()).isEqualTo(BigInteger.valueOf(500_000_000L));
        assertThat(sent.getMaxFeePerGas()).isLessThanOrEqualTo(BigInteger.TEN.pow(10));
    }

    private static void assertGovernanceWithTheTimelock(
            DeploymentManifest manifest, Address deployer) throws Exception {
        var readOnly = new ReadonlyTransactionManager(web3j, deployer.lowerHex());
        String timelockAddress = manifest.contract("BatonTimelock");
        StakeVault vault =
                StakeVault.load(
                        manifest.contract("StakeVault"), web3j, readOnly, new DefaultGasProvider());
        RollupRegistry registry =
                RollupRegistry.load(
                        manifest.contract("RollupRegistry"),
                        web3j,
                        readOnly,
                        new DefaultGasProvider());
        BatonTimelock timelock =
                BatonTimelock.load(timelockAddress, web3j, readOnly, new DefaultGasProvider());
        assertThat(registry.owner().send()).isEqualToIgnoringCase(timelockAddress);
        assertThat(vault.pendingOwner().send()).isEqualToIgnoringCase(timelockAddress);
        assertThat(vault.authoriser().send())
                .isEqualToIgnoringCase(manifest.contract("RollupRegistry"));
        assertThat(vault.withdrawalDelay().send())
                .isEqualTo(BigInteger.valueOf(SuiteSteps.LIVE_WITHDRAWAL_DELAY_BLOCKS));
        byte[] accept =
                org.web3j.utils.Numeric.hexStringToByteArray(
                        vault.acceptOwnership().encodeFunctionCall());
        byte[] id =
                timelock.hashOperation(
                                vault.getContractAddress(),
                                BigInteger.ZERO,
                                accept,
                                new byte[32],
                                new byte[32])
                        .send();
        assertThat(timelock.isOperationPending(id).send()).isTrue();
        assertThat(timelock.getMinDelay().send())
                .isEqualTo(BigInteger.valueOf(SuiteSteps.LIVE_GOVERNANCE_DELAY_SECONDS));
        // No admin account: the timelock administers itself.
        byte[] admin = timelock.DEFAULT_ADMIN_ROLE().send();
        assertThat(timelock.hasRole(admin, deployer.lowerHex()).send()).isFalse();
        assertThat(timelock.hasRole(admin, timelockAddress).send()).isTrue();
    }

    private static void fund(Address account) throws Exception {
        AnvilFunding.tenEther(chain, web3j, account.lowerHex());
    }

    private static long nonce(String account) throws Exception {
        return AnvilFunding.nonce(web3j, account);
    }

    private static CliRun baton(String... args) {
        return CliRun.of(args);
    }

    /** {@code baton deploy} to {@code manifestFile}, signed by the keystore, with {@code more}. */
    private static CliRun deployWithKeystore(
            Path keystore, Path passwordFile, Path manifestFile, String... more) {
        return CliRun.of(
                deployArgs(keystore, passwordFile, manifestFile, more).toArray(String[]::new));
    }

    private static List<String> deployArgs(
            Path keystore, Path passwordFile, Path manifestFile, String... more) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "deploy",
                                "--rpc-url",
                                chain.rpcUrl(),
                                "--keystore",
                                keystore.toString(),
                                "--password-file",
                                passwordFile.toString(),
                                "--out",
                                manifestFile.toString()));
        args.addAll(List.of(more));
        return args;
    }
}
