package dev.baton.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.baton.devnet.container.DockerAvailability;
import dev.baton.devnet.rpc.DevnetControl;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.testcontainers.DockerClientFactory;

/** A JVM killed with SIGKILL runs no shutdown hook: the next devnet start must clean up what it left. */
class StaleDevnetCleanupIT {

    @Test
    void aNodeLeftByAKilledJvmIsStoppedByTheNextStart() throws Exception {
        Orphan orphan = startInChildJvmAndKillIt(DevnetKind.PROCESS);
        long nodePid = Long.parseLong(orphan.handle());
        assertThat(ProcessHandle.of(nodePid).filter(ProcessHandle::isAlive)).as("orphaned node").isPresent();
        assertThat(DevnetControl.connect(orphan.rpcUrl()).isAnswering()).isTrue();

        try (Devnet next = DevnetKind.PROCESS.start()) {
            assertThat(ProcessHandle.of(nodePid).filter(ProcessHandle::isAlive)).as("orphaned node after next start").isEmpty();
            assertThat(DevnetControl.connect(orphan.rpcUrl()).isAnswering()).isFalse();
            assertThat(next.control().isAnswering()).isTrue();
        }
    }

    @Test
    void aContainerLeftByAKilledJvmIsRemovedByTheNextStart() throws Exception {
        Assumptions.assumeTrue(DockerAvailability.isAvailable() || "true".equalsIgnoreCase(System.getenv("CI")),
                "no Docker engine reachable (skipped locally, fails when CI=true)");
        Orphan orphan = startInChildJvmAndKillIt(DevnetKind.CONTAINER);
        assertThat(DevnetControl.connect(orphan.rpcUrl()).isAnswering()).isTrue();

        try (Devnet next = DevnetKind.CONTAINER.start()) {
            assertThat(DockerClientFactory.instance().client().listContainersCmd()
                    .withShowAll(true).withIdFilter(List.of(orphan.handle())).exec()).as("orphaned container").isEmpty();
            assertThat(next.control().isAnswering()).isTrue();
        }
    }

    private record Orphan(String rpcUrl, String handle) {}

    private static Orphan startInChildJvmAndKillIt(DevnetKind kind) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Path stderr = ProjectRoot.locate().devnetWorkDir().resolve("holder-" + kind + ".err");
        Process holder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DevnetHolder.class.getName(), kind.name())
                .redirectError(stderr.toFile())
                .start();
        try {
            String ready = readReadyLine(holder);
            String[] parts = ready.split(" ");
            return new Orphan(parts[1], parts[2]);
        } finally {
            holder.destroyForcibly(); // SIGKILL: the holder's shutdown hooks never run
            assertThat(holder.waitFor(10, TimeUnit.SECONDS)).isTrue();
        }
    }

    private static String readReadyLine(Process holder) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
        String[] line = new String[1];
        await().atMost(Duration.ofMinutes(3)).until(() -> {
            line[0] = out.readLine();
            return line[0] == null || line[0].startsWith("READY ");
        });
        assertThat(line[0]).as("READY line from the child JVM (see target/devnet/holder-*.err)").isNotNull();
        return line[0];
    }
}
