package dev.baton.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.dockerjava.api.model.Container;
import dev.baton.devnet.container.DockerAvailability;
import dev.baton.devnet.rpc.DevnetControl;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.testcontainers.DockerClientFactory;

/**
 * A JVM that exits without closing its devnet cleans up in shutdown hooks; a JVM killed with
 * SIGKILL runs none, so the next devnet start must clean up what it left.
 */
class StaleDevnetCleanupIT {

    @ParameterizedTest
    @EnumSource(
            value = DevnetKind.class,
            names = {"PROCESS", "ANVIL"})
    void aNodeIsStoppedWhenItsJvmExitsWithoutClosingIt(DevnetKind kind) throws Exception {
        Orphan left = startInChildJvm(kind, "exit");
        long nodePid = Long.parseLong(left.handle());

        await().atMost(Duration.ofSeconds(15))
                .until(() -> ProcessHandle.of(nodePid).filter(ProcessHandle::isAlive).isEmpty());
        assertThat(DevnetControl.connect(left.rpcUrl()).isAnswering()).isFalse();
    }

    @Test
    void aContainerIsRemovedWhenItsJvmExitsWithoutClosingIt() throws Exception {
        assumeDocker();
        Orphan left = startInChildJvm(DevnetKind.CONTAINER, "exit");

        await().atMost(Duration.ofSeconds(30)).until(() -> containers(left.handle()).isEmpty());
        assertThat(DevnetControl.connect(left.rpcUrl()).isAnswering()).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = DevnetKind.class,
            names = {"PROCESS", "ANVIL"})
    void aNodeLeftByAKilledJvmIsStoppedByTheNextStart(DevnetKind kind) throws Exception {
        Orphan orphan = startInChildJvm(kind, "hold");
        long nodePid = Long.parseLong(orphan.handle());
        assertThat(ProcessHandle.of(nodePid).filter(ProcessHandle::isAlive))
                .as("orphaned node")
                .isPresent();
        assertThat(DevnetControl.connect(orphan.rpcUrl()).isAnswering()).isTrue();

        try (Devnet next = kind.start()) {
            assertThat(ProcessHandle.of(nodePid).filter(ProcessHandle::isAlive))
                    .as("orphaned node after next start")
                    .isEmpty();
            assertThat(DevnetControl.connect(orphan.rpcUrl()).isAnswering()).isFalse();
            assertThat(next.control().isAnswering()).isTrue();
        }
    }

    @Test
    void aContainerLeftByAKilledJvmIsRemovedByTheNextStart() throws Exception {
        assumeDocker();
        Orphan orphan = startInChildJvm(DevnetKind.CONTAINER, "hold");
        assertThat(DevnetControl.connect(orphan.rpcUrl()).isAnswering()).isTrue();

        try (Devnet next = DevnetKind.CONTAINER.start()) {
            assertThat(containers(orphan.handle())).as("orphaned container").isEmpty();
            assertThat(next.control().isAnswering()).isTrue();
        }
    }

    private record Orphan(String rpcUrl, String handle) {}

    private static void assumeDocker() {
        Assumptions.assumeTrue(
                DockerAvailability.isAvailable() || "true".equalsIgnoreCase(System.getenv("CI")),
                "no Docker engine reachable (skipped locally, fails when CI=true)");
    }

    private static List<Container> containers(String id) {
        return DockerClientFactory.instance()
                .client()
                .listContainersCmd()
                .withShowAll(true)
                .withIdFilter(List.of(id))
                .exec();
    }

    /**
     * Runs {@link DevnetHolder} in a child JVM until its devnet is ready; a holding child is then
     * killed with SIGKILL.
     */
    private static Orphan startInChildJvm(DevnetKind kind, String mode)
            throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Path stderr =
                Files.createDirectories(ProjectRoot.locate().devnetWorkDir())
                        .resolve("holder-" + kind + "-" + mode + ".err");
        Process holder =
                new ProcessBuilder(
                                java,
                                "-cp",
                                System.getProperty("java.class.path"),
                                DevnetHolder.class.getName(),
                                kind.name(),
                                mode)
                        .redirectError(stderr.toFile())
                        .start();
        try {
            String ready = readReadyLine(holder);
            String[] parts = ready.split(" ");
            return new Orphan(parts[1], parts[2]);
        } finally {
            if (mode.equals("hold")) {
                // SIGKILL: the holder's shutdown hooks never run
                holder.destroyForcibly();
            }
            assertThat(holder.waitFor(30, TimeUnit.SECONDS)).as("child JVM ended").isTrue();
        }
    }

    private static String readReadyLine(Process holder) throws IOException {
        BufferedReader out =
                new BufferedReader(
                        new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String[] line = new String[1];
        await().atMost(Duration.ofMinutes(3))
                .until(
                        () -> {
                            line[0] = out.readLine();
                            return line[0] == null || line[0].startsWith("READY ");
                        });
        assertThat(line[0])
                .as("READY line from the child JVM (see target/devnet/holder-*.err)")
                .isNotNull();
        return line[0];
    }
}
