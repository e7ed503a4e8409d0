package dev.baton.devnet.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.rpc.DevnetControl;
import dev.baton.model.DeploymentManifest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The extension as another project would use it: one devnet per class, each test isolated by a
 * snapshot.
 */
@BatonDevnet(kind = DevnetKind.PROCESS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BatonDevnetExtensionIT {

    private long blockAfterDeployment;

    @BeforeAll
    void recordTheDeployedState(DevnetControl control) {
        blockAfterDeployment = control.blockNumber();
    }

    @Test
    void givesTheDevnetAndTheManifestOfTheSuiteDeployedOnIt(
            Devnet devnet, DeploymentManifest manifest) {
        assertThat(devnet.kind()).isEqualTo(DevnetKind.PROCESS);
        assertThat(manifest.chainId()).isEqualTo(devnet.chainId());
        assertThat(manifest.rpcUrl()).isEqualTo(devnet.rpcUrl());
        assertThat(manifest.tokens()).containsKeys("BTN", "ALT");
    }

    @Test
    void firstTestThatMinesSeesTheDeployedState(DevnetControl control) {
        assertThat(control.blockNumber()).isEqualTo(blockAfterDeployment);
        control.mine(10);
    }

    @Test
    void secondTestThatMinesSeesTheDeployedState(DevnetControl control) {
        assertThat(control.blockNumber()).isEqualTo(blockAfterDeployment);
        control.mine(10);
    }

    @Nested
    class NestedTests {
        @Test
        void shareTheEnclosingDevnet(Devnet devnet, DevnetControl control) {
            assertThat(control.rpcUrl()).isEqualTo(devnet.rpcUrl());
            assertThat(control.blockNumber()).isEqualTo(blockAfterDeployment);
        }
    }

    @Test
    @BatonDevnet(deploy = false)
    void aMethodCanHaveAFreshDevnetOfItsOwn(Devnet own, DevnetControl control) {
        assertThat(own.control().blockNumber()).isZero();
        assertThat(control.rpcUrl()).isEqualTo(own.rpcUrl());
    }
}
