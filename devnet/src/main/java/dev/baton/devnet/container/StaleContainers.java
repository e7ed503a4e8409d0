package dev.baton.devnet.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import dev.baton.devnet.OwnerProcess;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Labels devnet containers with their owning JVM and removes those whose owner died. Ryuk
 * (Testcontainers' reaper) cannot run here, so a JVM killed with SIGKILL would otherwise leave its
 * container running. Containers of live JVMs (other test runs) are left alone.
 */
final class StaleContainers {

    private static final Logger LOG = LoggerFactory.getLogger(StaleContainers.class);
    static final String LABEL = "dev.baton.devnet";
    static final String OWNER_PID_LABEL = "dev.baton.devnet.owner-pid";
    static final String OWNER_START_LABEL = "dev.baton.devnet.owner-start";

    private StaleContainers() {}

    static Map<String, String> labelsFor(OwnerProcess owner) {
        return Map.of(
                LABEL, "true",
                OWNER_PID_LABEL, Long.toString(owner.pid()),
                OWNER_START_LABEL, Long.toString(owner.startMillis()));
    }

    /** Removes devnet containers (running or not) whose owner is gone; returns their ids. */
    static List<String> remove(DockerClient docker) {
        List<Container> labelled =
                docker.listContainersCmd()
                        .withShowAll(true)
                        .withLabelFilter(Map.of(LABEL, "true"))
                        .exec();
        List<String> removed = new ArrayList<>();
        for (Container container : labelled) {
            if (ownerOf(container.getLabels()).isAlive()) {
                continue;
            }
            try {
                docker.removeContainerCmd(container.getId())
                        .withForce(true)
                        .withRemoveVolumes(true)
                        .exec();
                removed.add(container.getId());
                LOG.info(
                        "removed stale devnet container {} left by dead JVM {}",
                        shortId(container.getId()),
                        container.getLabels().get(OWNER_PID_LABEL));
            } catch (NotFoundException alreadyGone) {
                // removed concurrently by another starting devnet
            }
        }
        return removed;
    }

    static OwnerProcess ownerOf(Map<String, String> labels) {
        try {
            return new OwnerProcess(
                    Long.parseLong(labels.getOrDefault(OWNER_PID_LABEL, "-1")),
                    Long.parseLong(labels.getOrDefault(OWNER_START_LABEL, "0")));
        } catch (NumberFormatException e) {
            return new OwnerProcess(-1, 0); // unreadable owner: treat as dead
        }
    }

    private static String shortId(String id) {
        return id.length() > 12 ? id.substring(0, 12) : id;
    }
}
