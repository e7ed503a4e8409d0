package dev.baton.devnet.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops devnet nodes (Hardhat, anvil) whose owning JVM is gone (killed before its shutdown hook
 * could run). A PID is only killed after its command line shows it is still such a node on the
 * recorded port: PIDs get reused.
 */
public final class StaleNodeReaper {

    private static final Logger LOG = LoggerFactory.getLogger(StaleNodeReaper.class);
    private static final Duration GRACE = Duration.ofSeconds(3);

    private StaleNodeReaper() {}

    /** Reaps every stale Hardhat node recorded in {@code dir}; returns the PIDs it stopped. */
    static List<Long> reap(Path dir) {
        return reap(dir, NodePidFile.SUFFIX, HardhatCommandLine::isNodeOnPort);
    }

    /**
     * Reaps every stale node whose PID file in {@code dir} ends with {@code suffix} and whose
     * process {@code isNode} still recognises as the node on the recorded port; returns the PIDs it
     * stopped.
     */
    public static List<Long> reap(
            Path dir, String suffix, BiPredicate<ProcessHandle, Integer> isNode) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .map(file -> reapOne(file, isNode))
                    .flatMap(Optional::stream)
                    .toList();
        } catch (IOException e) {
            LOG.warn("cannot scan {} for stale devnet nodes: {}", dir, e.toString());
            return List.of();
        }
    }

    private static Optional<Long> reapOne(Path file, BiPredicate<ProcessHandle, Integer> isNode) {
        NodePidFile record;
        try {
            record = NodePidFile.read(file);
        } catch (IOException e) {
            LOG.warn("ignoring unreadable devnet PID file {}: {}", file, e.getMessage());
            return Optional.empty();
        }
        if (record.owner().isAlive()) {
            return Optional.empty();
        }
        Optional<ProcessHandle> node =
                ProcessHandle.of(record.nodePid())
                        .filter(ProcessHandle::isAlive)
                        .filter(handle -> isNode.test(handle, record.port()));
        node.ifPresent(StaleNodeReaper::stopTree);
        record.delete();
        node.ifPresent(
                handle ->
                        LOG.info(
                                "stopped stale devnet node PID {} on port {} left by dead JVM {}",
                                handle.pid(),
                                record.port(),
                                record.owner().pid()));
        return node.map(ProcessHandle::pid);
    }

    /** Stops {@code handle} and every process below it, children first. */
    public static void stopTree(ProcessHandle handle) {
        handle.descendants().forEach(StaleNodeReaper::stop);
        stop(handle);
    }

    /** SIGTERM, then SIGKILL after a grace period. */
    public static void stop(ProcessHandle handle) {
        handle.destroy();
        try {
            handle.onExit().get(GRACE.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }
}
