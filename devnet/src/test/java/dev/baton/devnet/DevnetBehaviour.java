package dev.baton.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.devnet.deploy.Deployer;
import dev.baton.devnet.deploy.MechanismsStep;
import dev.baton.devnet.deploy.RegistryStep;
import dev.baton.devnet.deploy.StakeVaultStep;
import dev.baton.devnet.deploy.SuiteSteps;
import dev.baton.devnet.rpc.DevnetControl;
import dev.baton.internal.contracts.BatonToken;
import dev.baton.internal.contracts.StakeVault;
import dev.baton.model.DeploymentManifest;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.gas.DefaultGasProvider;

/**
 * What every kind of devnet must do; one subclass per kind starts it and checks it left nothing
 * behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DevnetBehaviour {

    private static final long HARDHAT_CHAIN_ID = 31337;

    private Devnet devnet;
    private Web3j web3j;

    protected abstract Devnet start();

    /** Asserts that the closed devnet left no process or container behind. */
    protected abstract void assertNothingLeftBehind(Devnet closed);

    @BeforeAll
    void startShared() {
        devnet = start();
        web3j = Web3j.build(new HttpService(devnet.rpcUrl()));
    }

    @AfterAll
    void stopShared() {
        if (web3j != null) {
            web3j.shutdown();
        }
        if (devnet != null) {
            devnet.close();
        }
    }

    @Test
    void answersWithHardhatsChainAndTheDerivedDevAccounts() {
        assertThat(devnet.chainId()).isEqualTo(HARDHAT_CHAIN_ID);
        assertThat(devnet.control().chainId()).isEqualTo(HARDHAT_CHAIN_ID);
        assertThat(devnet.control().accounts())
                .containsExactlyElementsOf(
                        devnet.accounts().stream().map(a -> a.address().lowerHex()).toList());
    }

    @Test
    void minesAndRevertsToSnapshots() {
        long start = devnet.control().blockNumber();

        devnet.mine(5);
        String snapshot = devnet.snapshot();
        devnet.mine(3);
        assertThat(devnet.control().blockNumber()).isEqualTo(start + 8);
        devnet.revert(snapshot);

        assertThat(devnet.control().blockNumber()).isEqualTo(start + 5);
    }

    @Test
    void withAutomineOffTransactionsWaitForAMinedBlock() {
        DevnetControl rpc = devnet.control();
        devnet.setAutomine(false);
        try {
            String hash =
                    rpc.call(
                                    "eth_sendTransaction",
                                    Map.of(
                                            "from",
                                            devnet.account(0).address().toString(),
                                            "to",
                                            devnet.account(1).address().toString(),
                                            "value",
                                            "0x1"))
                            .toString();
            assertThat(rpc.call("eth_getTransactionReceipt", hash)).isNull();

            devnet.mine(1);

            assertThat(((Map<?, ?>) rpc.call("eth_getTransactionReceipt", hash)).get("status"))
                    .isEqualTo("0x1");
        } finally {
            devnet.setAutomine(true);
        }
    }

    @Test
    void increaseTimeMovesTheNextBlocksTimestamp() {
        DevnetControl control = devnet.control();
        long before = control.latestBlockTimestamp();

        devnet.increaseTime(3_600);
        devnet.mine(1);

        assertThat(control.latestBlockTimestamp()).isGreaterThanOrEqualTo(before + 3_600);
    }

    @Test
    void deploysTheSuiteAndTheManifestReadsBack(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("manifest.json");

        DeploymentManifest manifest = Deployer.standard().deploy(devnet, file);

        assertThat(manifest.chainId()).isEqualTo(HARDHAT_CHAIN_ID);
        assertThat(manifest.rpcUrl()).isEqualTo(devnet.rpcUrl());
        assertThat(manifest.tokens()).containsOnlyKeys("BTN", "ALT");
        assertThat(manifest.contracts())
                .containsKeys(
                        StakeVaultStep.NAME,
                        MechanismsStep.SLOT_AUCTION,
                        MechanismsStep.SLOT_AUCTION_VIEWS,
                        MechanismsStep.BLOCK_MARKET,
                        MechanismsStep.BLOCK_MARKET_PROOFS,
                        MechanismsStep.ATTESTATION_VERIFIER,
                        RegistryStep.TIMELOCK,
                        RegistryStep.REGISTRY);
        assertThat(manifest.deployedAtBlock())
                .isPositive()
                .isLessThanOrEqualTo(devnet.control().blockNumber());
        assertThat(DeploymentManifest.read(file)).isEqualTo(manifest);
        assertThat(balanceOf(manifest.token("ALT"), devnet.account(19).address().toString()))
                .isEqualTo(
                        BigInteger.valueOf(SuiteSteps.DEV_BALANCE_TOKENS)
                                .multiply(BigInteger.TEN.pow(18)));
        assertThat(vault(manifest.contract(StakeVaultStep.NAME)).withdrawalDelay().send())
                .isEqualTo(BigInteger.valueOf(SuiteSteps.DEVNET_WITHDRAWAL_DELAY_BLOCKS));
        assertThat(
                        vault(manifest.contract(StakeVaultStep.NAME))
                                .isTokenAllowed(manifest.token("BTN"))
                                .send())
                .isTrue();
        assertThat(
                        vault(manifest.contract(StakeVaultStep.NAME))
                                .isTokenAllowed(manifest.token("ALT"))
                                .send())
                .isTrue();
        assertThat(vault(manifest.contract(StakeVaultStep.NAME)).authoriser().send())
                .isEqualToIgnoringCase(manifest.contract(RegistryStep.REGISTRY));
    }

    @Test
    void closeLeavesNothingBehind() {
        Devnet extra = start();
        assertThat(extra.control().isAnswering()).isTrue();

        extra.close();
        extra.close(); // idempotent

        assertThat(extra.control().isAnswering()).isFalse();
        assertNothingLeftBehind(extra);
    }

    private BigInteger balanceOf(String token, String holder) throws Exception {
        return BatonToken.load(token, web3j, readOnly(), new DefaultGasProvider())
                .balanceOf(holder)
                .send();
    }

    private StakeVault vault(String address) {
        return StakeVault.load(address, web3j, readOnly(), new DefaultGasProvider());
    }

    private ReadonlyTransactionManager readOnly() {
        return new ReadonlyTransactionManager(web3j, devnet.account(0).address().toString());
    }
}
