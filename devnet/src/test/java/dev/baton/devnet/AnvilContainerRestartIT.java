package dev.baton.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.devnet.container.AnvilContainer;
import dev.baton.devnet.container.DockerAvailability;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The anvil container keeps its chain across a stop and start of the same container (state in
 * /data).
 */
class AnvilContainerRestartIT {

    @Test
    void aStoppedAndRestartedAnvilContainerComesBackWithItsChain() {
        if (!"true".equals(System.getenv("CI"))) {
            Assumptions.assumeTrue(DockerAvailability.isAvailable(), "Docker is not available");
        }
        try (AnvilContainer devnet =
                AnvilContainer.start(
                        ProjectRoot.locate(), Duration.ofSeconds(60), LocalPorts.pickFree())) {
            assertThat(devnet.kind()).isEqualTo(DevnetKind.ANVIL_CONTAINER);
            devnet.mine(5);
            long height = devnet.control().blockNumber();
            String hash = devnet.control().blockHash(3);

            devnet.stopNode();
            devnet.startNode(Duration.ofSeconds(60));

            assertThat(devnet.control().blockNumber()).isGreaterThanOrEqualTo(height);
            assertThat(devnet.control().blockHash(3)).isEqualTo(hash);
        }
    }
}
