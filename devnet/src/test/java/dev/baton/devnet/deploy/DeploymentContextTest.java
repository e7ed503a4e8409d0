package dev.baton.devnet.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.devnet.DevnetException;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.DeploymentManifest.ContractDeployment;
import dev.baton.tx.Transactor;
import dev.baton.types.Address;
import dev.baton.types.ChainId;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeploymentContextTest {

    private static final String URL = "http://127.0.0.1:8545";
    private static final String INIT_CODE = "0x6080604052";
    private static final Address EARLIER = Address.of("0x" + "1".repeat(40));

    private final DeployingNode node = new DeployingNode(ChainId.DEVNET);
    private final Transactor tx = node.transactor();
    private final List<DeploymentManifest> recorded = new ArrayList<>();

    @Test
    void aNewContractIsRecordedAtItsCreateAddressWithItsTransactionAndBlock() {
        DeploymentContext context = context(null);

        DeploymentContext.Deployed token = context.deployToken("BTN", INIT_CODE);
        DeploymentContext.Deployed vault = context.deployContract("StakeVault", INIT_CODE);

        assertThat(token.resumed()).isFalse();
        // CREATE address of Hardhat account 0 at nonces 0 and 1 (the well-known first devnet
        // addresses).
        assertThat(token.address())
                .isEqualTo(Address.of("0x5fbdb2315678afecb367f032d93f642f64180aa3"));
        assertThat(vault.address())
                .isEqualTo(Address.of("0xe7f1725e7734ce288f8367e1bb143e90bb3f0512"));
        DeploymentManifest manifest = context.manifest();
        assertThat(manifest.deployedAtBlock()).isEqualTo(11);
        assertThat(manifest.deployments().get("BTN").block()).isEqualTo(11);
        assertThat(manifest.deployments().get("StakeVault").block()).isEqualTo(12);
        assertThat(manifest.deployments().get("StakeVault").txHash()).startsWith("0x").hasSize(66);
        // The manifest so far is handed over after every contract: an interruption after the first
        // keeps the first.
        assertThat(recorded).hasSize(2);
        assertThat(recorded.getFirst().tokens()).containsOnlyKeys("BTN");
        assertThat(recorded.getFirst().contracts()).isEmpty();
    }

    @Test
    void aResumedRunKeepsWhatTheEarlierRunLeftOnChainAndSendsOnlyTheRest() {
        node.deployedAt(EARLIER);
        DeploymentManifest earlier =
                new DeploymentManifest(
                        31337,
                        URL,
                        7,
                        Map.of(),
                        Map.of("BTN", EARLIER.lowerHex()),
                        Map.of("BTN", new ContractDeployment("0x" + "cd".repeat(32), 7)));
        DeploymentContext context = context(earlier);

        DeploymentContext.Deployed token = context.deployToken("BTN", INIT_CODE);
        DeploymentContext.Deployed vault = context.deployContract("StakeVault", INIT_CODE);

        assertThat(token).isEqualTo(new DeploymentContext.Deployed(EARLIER, true));
        assertThat(vault.resumed()).isFalse();
        assertThat(node.sent()).as("only the vault is sent").hasSize(1);
        DeploymentManifest manifest = context.manifest();
        assertThat(manifest.token("BTN")).isEqualTo(EARLIER.lowerHex());
        assertThat(manifest.deployments().get("BTN")).isEqualTo(earlier.deployments().get("BTN"));
        assertThat(manifest.deployedAtBlock()).as("the earlier run's first block").isEqualTo(7);
    }

    @Test
    void anEntryWithoutCodeOnChainStopsTheRunNamingTheEntryAndTheChain() {
        DeploymentManifest stale =
                new DeploymentManifest(
                        31337, URL, 7, Map.of("StakeVault", EARLIER.lowerHex()), Map.of());
        DeploymentContext context = context(stale);

        assertThatThrownBy(() -> context.deployContract("StakeVault", INIT_CODE))
                .isInstanceOf(DevnetException.class)
                .hasMessageContaining("'contracts.StakeVault'")
                .hasMessageContaining("no code on chain 31337");
        assertThat(node.sent()).isEmpty();
    }

    @Test
    void aManifestOfAnotherChainIsRefused() {
        DeploymentManifest sepolia = new DeploymentManifest(11155111, URL, 7, Map.of(), Map.of());

        assertThatThrownBy(() -> context(sepolia))
                .isInstanceOf(DevnetException.class)
                .hasMessageContaining("chain 11155111")
                .hasMessageContaining("chain 31337");
    }

    @Test
    void laterStepsFindEarlierAddressesAndMissingOnesAreNamed() {
        DeploymentContext context = context(null);
        Address btn = context.deployToken("BTN", INIT_CODE).address();

        assertThat(context.token("BTN")).isEqualTo(btn);
        assertThat(context.tokens()).containsExactly(Map.entry("BTN", btn));
        assertThatThrownBy(() -> context.token("ALT"))
                .hasMessageContaining("'ALT'")
                .hasMessageContaining("BTN");
        assertThatThrownBy(() -> context.contract("SlotAuction"))
                .hasMessageContaining("'SlotAuction'");
    }

    @Test
    void aNameCanBeDeployedOnlyOnce() {
        DeploymentContext context = context(null);
        Address vault = context.deployContract("StakeVault", INIT_CODE).address();

        assertThatThrownBy(() -> context.deployContract("StakeVault", INIT_CODE))
                .hasMessageContaining("'StakeVault'")
                .hasMessageContaining(vault.lowerHex());
    }

    @Test
    void codeIsThereOnlyWhenTheNodeReturnsBytes() {
        assertThat(Resumption.hasCode("0x6080")).isTrue();
        assertThat(Resumption.hasCode("0x")).isFalse();
        assertThat(Resumption.hasCode("0x0")).isFalse();
        assertThat(Resumption.hasCode(null)).isFalse();
    }

    @Test
    void stepsValidateTheirSettings() {
        assertThatThrownBy(() -> new Deployer(List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new StakeVaultStep(0))
                .hasMessageContaining("'withdrawalDelayBlocks'");
        assertThatThrownBy(() -> new RegistryStep(60))
                .hasMessageContaining("'governanceDelaySeconds'");
        assertThatThrownBy(() -> TokenStep.of("Baton", " ", 1)).hasMessageContaining("'symbol'");
        assertThat(TokenStep.of("Baton", "BTN", 2).balancePerAccount())
                .isEqualTo(BigInteger.TWO.multiply(BigInteger.TEN.pow(18)));
    }

    @Test
    void theStandardSuiteDeploysInDependencyOrderAndHandsGovernanceOverLast() {
        assertThat(SuiteSteps.standard())
                .extracting(step -> step.getClass().getSimpleName())
                .containsExactly(
                        "TokenStep",
                        "TokenStep",
                        "StakeVaultStep",
                        "MechanismsStep",
                        "RegistryStep",
                        "GovernanceStep");
    }

    private DeploymentContext context(DeploymentManifest resumeFrom) {
        DeploymentRun run =
                new DeploymentRun(URL, List.of(), resumeFrom, null, DeploymentListener.NONE);
        return new DeploymentContext(
                tx,
                run,
                31337,
                new Resumption(resumeFrom, 31337, node::code),
                recorded::add,
                new ManifestFile(null));
    }
}
