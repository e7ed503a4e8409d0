package dev.baton.devnet.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.devnet.OwnerProcess;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StaleContainersTest {

    @Test
    void labelsRoundTripToTheOwner() {
        OwnerProcess owner = OwnerProcess.current();
        Map<String, String> labels = StaleContainers.labelsFor(owner);

        assertThat(labels).containsEntry(StaleContainers.LABEL, "true");
        assertThat(StaleContainers.ownerOf(labels)).isEqualTo(owner);
        assertThat(StaleContainers.ownerOf(labels).isAlive()).isTrue();
    }

    @Test
    void unreadableOwnerLabelsCountAsADeadOwner() {
        assertThat(StaleContainers.ownerOf(Map.of(StaleContainers.OWNER_PID_LABEL, "x")).isAlive())
                .isFalse();
        assertThat(StaleContainers.ownerOf(Map.of()).isAlive()).isFalse();
    }

    @Test
    void rpcUrlAvoidsIpv6Localhost() {
        assertThat(JsonRpcWaitStrategy.rpcUrl("localhost", 4000))
                .isEqualTo("http://127.0.0.1:4000");
        assertThat(JsonRpcWaitStrategy.rpcUrl("10.0.0.5", 4000)).isEqualTo("http://10.0.0.5:4000");
    }
}
