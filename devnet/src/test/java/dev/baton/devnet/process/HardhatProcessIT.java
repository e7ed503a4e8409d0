package dev.baton.devnet.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetBehaviour;
import dev.baton.devnet.ProjectRoot;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class HardhatProcessIT extends DevnetBehaviour {

    @Override
    protected Devnet start() {
        return HardhatProcess.start(ProjectRoot.locate());
    }

    @Override
    protected void assertNothingLeftBehind(Devnet closed) {
        HardhatProcess node = (HardhatProcess) closed;
        assertThat(ProcessHandle.of(node.pid()).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(
                        ProjectRoot.locate()
                                .devnetWorkDir()
                                .resolve("node-" + node.pid() + NodePidFile.SUFFIX))
                .doesNotExist();
    }

    @Test
    void writesItsPidFileAndLogsToTheProjectsTargetDirectory() throws Exception {
        try (HardhatProcess node = HardhatProcess.start(ProjectRoot.locate())) {
            assertThat(
                            ProjectRoot.locate()
                                    .devnetWorkDir()
                                    .resolve("node-" + node.pid() + NodePidFile.SUFFIX))
                    .exists();
            assertThat(Files.readString(node.logFile()))
                    .contains("Started HTTP and WebSocket JSON-RPC server");
            assertThat(node.rpcUrl()).isEqualTo("http://127.0.0.1:" + node.port());
        }
    }
}
