package dev.baton.devnet.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.devnet.OwnerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaleNodeReaperTest {

    private static final OwnerProcess DEAD_OWNER = new OwnerProcess(Integer.MAX_VALUE - 7, 1);

    @TempDir Path dir;

    private Process bystander;

    @AfterEach
    void stopBystander() {
        if (bystander != null) {
            bystander.destroyForcibly();
        }
    }

    @Test
    void pidFileRoundTrips() throws IOException {
        NodePidFile written = NodePidFile.create(dir, 4242, 40123, OwnerProcess.current());

        assertThat(NodePidFile.read(written.file())).isEqualTo(written);
    }

    @Test
    void neverKillsAPidThatNoLongerRunsAHardhatNode() throws IOException {
        bystander = new ProcessBuilder("sleep", "30").start();
        NodePidFile record = NodePidFile.create(dir, bystander.pid(), 40123, DEAD_OWNER);

        assertThat(StaleNodeReaper.reap(dir)).isEmpty();
        assertThat(bystander.isAlive()).isTrue();
        assertThat(record.file()).doesNotExist();
    }

    @Test
    void leavesNodesOfLiveOwnersAlone() {
        NodePidFile record = NodePidFile.create(dir, 4242, 40123, OwnerProcess.current());

        assertThat(StaleNodeReaper.reap(dir)).isEmpty();
        assertThat(record.file()).exists();
    }

    @Test
    void ignoresUnreadableFilesAndMissingDirectories() throws IOException {
        Files.writeString(dir.resolve("node-1" + NodePidFile.SUFFIX), "garbage");

        assertThat(StaleNodeReaper.reap(dir)).isEmpty();
        assertThat(StaleNodeReaper.reap(dir.resolve("absent"))).isEmpty();
    }
}
