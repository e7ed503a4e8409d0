package dev.baton.devnet.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.signer.DevAccounts;
import dev.baton.model.DeploymentManifest;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.methods.response.TransactionReceipt;

class DeploymentContextTest {

    private static final String TOKEN = "0x" + "1".repeat(40);
    private static final String VAULT = "0x" + "2".repeat(40);

    private final DeploymentContext context =
            new DeploymentContext(null, null, null, DevAccounts.hardhatDefaults().get(0).address().toString(), DevAccounts.hardhatDefaults());

    @Test
    void theManifestStartsAtTheEarliestDeploymentBlock() {
        context.recordToken("BTN", TOKEN, minedIn(3));
        context.recordContract("StakeVault", VAULT, minedIn(5));

        DeploymentManifest manifest = context.manifest(31337, "http://127.0.0.1:8545");

        assertThat(manifest.deployedAtBlock()).isEqualTo(3);
        assertThat(manifest.token("BTN")).isEqualTo(TOKEN);
        assertThat(manifest.contract("StakeVault")).isEqualTo(VAULT);
    }

    @Test
    void laterStepsFindEarlierAddressesAndMissingOnesAreNamed() {
        context.recordToken("BTN", TOKEN, minedIn(1));

        assertThat(context.token("BTN")).isEqualTo(TOKEN);
        assertThatThrownBy(() -> context.token("ALT")).hasMessageContaining("'ALT'").hasMessageContaining("BTN");
        assertThatThrownBy(() -> context.contract("SlotAuction")).hasMessageContaining("'SlotAuction'");
    }

    @Test
    void aNameCanBeDeployedOnlyOnce() {
        context.recordContract("StakeVault", VAULT, minedIn(1));

        assertThatThrownBy(() -> context.recordContract("StakeVault", TOKEN, minedIn(2)))
                .hasMessageContaining("'StakeVault'").hasMessageContaining(VAULT);
    }

    @Test
    void stepsValidateTheirSettings() {
        assertThatThrownBy(() -> new Deployer(List.of())).hasMessageContaining("at least one");
        assertThatThrownBy(() -> new StakeVaultStep(0)).hasMessageContaining("'withdrawalDelayBlocks'");
        assertThatThrownBy(() -> TokenStep.of("Baton", " ", 1)).hasMessageContaining("'symbol'");
        assertThat(TokenStep.of("Baton", "BTN", 2).balancePerAccount()).isEqualTo(BigInteger.TWO.multiply(BigInteger.TEN.pow(18)));
    }

    @Test
    void theStandardSuiteDeploysInDependencyOrder() {
        assertThat(SuiteSteps.standard()).extracting(step -> step.getClass().getSimpleName())
                .containsExactly("TokenStep", "TokenStep", "StakeVaultStep", "MechanismsStep", "RegistryStep");
    }

    private static TransactionReceipt minedIn(long block) {
        TransactionReceipt receipt = new TransactionReceipt();
        receipt.setBlockNumber("0x" + Long.toHexString(block));
        return receipt;
    }
}
