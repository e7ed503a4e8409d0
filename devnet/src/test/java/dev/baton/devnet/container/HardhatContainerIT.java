package dev.baton.devnet.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetBehaviour;
import dev.baton.devnet.ProjectRoot;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

class HardhatContainerIT extends DevnetBehaviour {

    @Override
    protected Devnet start() {
        return HardhatContainer.start(ProjectRoot.locate());
    }

    @Override
    protected void assertNothingLeftBehind(Devnet closed) {
        String id = ((HardhatContainer) closed).containerId();
        assertThat(
                        DockerClientFactory.instance()
                                .client()
                                .listContainersCmd()
                                .withShowAll(true)
                                .withIdFilter(List.of(id))
                                .exec())
                .isEmpty();
    }

    @Test
    void containerIsLabelledWithItsOwnerAndPublishedOnLoopback() {
        try (HardhatContainer devnet = HardhatContainer.start(ProjectRoot.locate())) {
            Map<String, String> labels =
                    DockerClientFactory.instance()
                            .client()
                            .inspectContainerCmd(devnet.containerId())
                            .exec()
                            .getConfig()
                            .getLabels();

            assertThat(labels)
                    .containsEntry(StaleContainers.LABEL, "true")
                    .containsEntry(
                            StaleContainers.OWNER_PID_LABEL,
                            Long.toString(ProcessHandle.current().pid()));
            assertThat(devnet.rpcUrl()).startsWith("http://127.0.0.1:");
        }
    }
}
