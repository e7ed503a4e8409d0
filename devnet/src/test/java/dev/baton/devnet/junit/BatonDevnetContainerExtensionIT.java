package dev.baton.devnet.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.model.DeploymentManifest;
import org.junit.jupiter.api.Test;

/** The container kind through the extension (skipped without Docker locally, failing on CI). */
@BatonDevnet(kind = DevnetKind.CONTAINER)
class BatonDevnetContainerExtensionIT {

    @Test
    void givesAContainerDevnetWithTheSuiteDeployed(Devnet devnet, DeploymentManifest manifest) {
        assertThat(devnet.kind()).isEqualTo(DevnetKind.CONTAINER);
        assertThat(devnet.control().isAnswering()).isTrue();
        assertThat(manifest.tokens()).containsKeys("BTN", "ALT");
    }
}
