package dev.baton.devnet.anvil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.devnet.DevnetException;
import dev.baton.devnet.LocalPorts;
import dev.baton.devnet.ProjectRoot;
import dev.baton.devnet.process.NodePidFile;
import dev.baton.devnet.rpc.DevnetControl;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * An anvil devnet never leaves a process behind and never talks to a node it did not start: closing
 * it ends the node and its PID file, a port someone else holds fails the start (or the restart)
 * with the port named instead of letting the client reach the other process, and the restart works
 * again once the port is free.
 */
class AnvilProcessIT {
    private static final ProjectRoot ROOT = ProjectRoot.locate();

    private static Path pidFile(long pid) {
        return ROOT.devnetWorkDir().resolve("node-" + pid + NodePidFile.ANVIL_SUFFIX);
    }

    @Test
    void closingLeavesNoProcessAndNoPidFile() {
        AnvilProcess anvil = AnvilProcess.start(ROOT);
        long pid = anvil.pid();
        assertThat(pidFile(pid)).exists();
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isPresent();

        anvil.close();

        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive))
                .as("anvil after close")
                .isEmpty();
        assertThat(pidFile(pid)).doesNotExist();
        assertThat(DevnetControl.connect(anvil.rpcUrl()).isAnswering()).isFalse();
        assertThat(anvil.stateFile()).as("its own state file").doesNotExist();
    }

    @Test
    void aFixedPortHeldByAnotherProcessFailsTheStartNamingThePort() throws Exception {
        try (ServerSocket squatter = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = squatter.getLocalPort();
            assertThatThrownBy(
                            () -> AnvilProcess.start(ROOT, AnvilOptions.DEFAULT.withHostPort(port)))
                    .isInstanceOf(DevnetException.class)
                    .hasMessageContaining("port " + port)
                    .hasMessageContaining("in use");
        }
    }

    @Test
    void aRestartOnAPortTakenMeanwhileFailsAndNeverReachesTheOtherProcess() throws Exception {
        try (AnvilProcess anvil = AnvilProcess.start(ROOT)) {
            long first = anvil.pid();
            anvil.control().mine(3);
            anvil.stopNode();
            assertThat(ProcessHandle.of(first).filter(ProcessHandle::isAlive))
                    .as("stopped node")
                    .isEmpty();
            assertThat(pidFile(first)).doesNotExist();

            try (ServerSocket squatter =
                    new ServerSocket(anvil.port(), 1, InetAddress.getLoopbackAddress())) {
                assertThatThrownBy(() -> anvil.startNode(Duration.ofSeconds(30)))
                        .isInstanceOf(DevnetException.class)
                        .hasMessageContaining("port " + anvil.port());
            }
            assertThat(LocalPorts.isFree(anvil.port())).isTrue();

            anvil.startNode(Duration.ofSeconds(30));
            assertThat(anvil.pid()).isNotEqualTo(first);
            assertThat(anvil.control().blockNumber()).as("the same chain").isEqualTo(3);
        }
    }
}
