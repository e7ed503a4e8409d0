package dev.baton.devnet.process;

import dev.baton.devnet.DevnetException;
import dev.baton.devnet.LocalPorts;
import dev.baton.devnet.OwnerProcess;
import dev.baton.devnet.rpc.Readiness;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One devnet node run as a child process (Hardhat or anvil), launched the one way both need: only
 * on a port nothing listens on, its output appended to a log, recorded in a PID file (so the next
 * start stops it if this JVM is killed outright), ready once it answers {@code eth_chainId} while
 * still alive (an answer from someone else's node on the port never passes for its own), and
 * stopped with every process below it.
 */
public final class NodeProcess {
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final Process process;
    private final NodePidFile pidFile;
    private final long chainId;

    private NodeProcess(Process process, NodePidFile pidFile, long chainId) {
        this.process = process;
        this.pidFile = pidFile;
        this.chainId = chainId;
    }

    /**
     * What a launch needs: the command, where it runs and logs, the PID file's kind and the port it
     * must bind.
     */
    public record Launch(
            String name,
            List<String> command,
            Path directory,
            Path logFile,
            Path pidDir,
            String pidSuffix,
            int port,
            String addressInUse) {}

    /**
     * Starts the node and waits until it answers on {@code rpcUrl}.
     *
     * @throws PortTakenException when the port was in use before the launch, or the node failed
     *     binding it
     * @throws DevnetException when the node does not come up for another reason (with the log's
     *     tail)
     */
    public static NodeProcess start(Launch launch, String rpcUrl, Duration timeout) {
        if (!LocalPorts.isFree(launch.port())) {
            throw new PortTakenException(launch.name(), launch.port());
        }
        long logStart = size(launch.logFile());
        Process process;
        try {
            Files.createDirectories(launch.logFile().getParent());
            process =
                    new ProcessBuilder(launch.command())
                            .directory(launch.directory().toFile())
                            .redirectErrorStream(true)
                            .redirectOutput(
                                    ProcessBuilder.Redirect.appendTo(launch.logFile().toFile()))
                            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                            .start();
        } catch (IOException e) {
            throw new DevnetException(
                    "cannot start "
                            + launch.name()
                            + ": "
                            + String.join(" ", launch.command())
                            + ": "
                            + e.getMessage(),
                    e);
        }
        NodePidFile pidFile =
                NodePidFile.create(
                        launch.pidDir(),
                        process.pid(),
                        launch.port(),
                        OwnerProcess.current(),
                        launch.pidSuffix());
        try {
            long chainId = Readiness.await(rpcUrl, timeout, process::isAlive);
            if (!process.isAlive()) {
                throw new Readiness.NodeNotReadyException(
                        launch.name() + " PID " + process.pid() + " exited");
            }
            return new NodeProcess(process, pidFile, chainId);
        } catch (Readiness.NodeNotReadyException e) {
            StaleNodeReaper.stopTree(process.toHandle());
            pidFile.delete();
            String log = logSince(launch.logFile(), logStart);
            if (log.contains(launch.addressInUse())) {
                throw new PortTakenException(launch.name(), launch.port());
            }
            throw new DevnetException(
                    launch.name()
                            + " did not start: "
                            + e.getMessage()
                            + "; log "
                            + launch.logFile()
                            + ":\n"
                            + tail(log),
                    e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public long chainId() {
        return chainId;
    }

    public int port() {
        return pidFile.port();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /**
     * Stops the node and everything below it: SIGTERM (a node writes its state on it), SIGKILL
     * after the grace period.
     *
     * @return whether it stopped within the grace period
     */
    public boolean stop() {
        process.descendants().forEach(StaleNodeReaper::stop);
        process.destroy();
        boolean clean;
        try {
            clean = process.waitFor(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            clean = false;
        }
        if (!clean) {
            process.destroyForcibly();
        }
        pidFile.delete();
        return clean;
    }

    private static long size(Path file) {
        try {
            return Files.exists(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static String logSince(Path file, long offset) {
        try {
            byte[] all = Files.readAllBytes(file);
            int from = (int) Math.min(offset, all.length);
            return new String(all, from, all.length - from, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    /** The port was held by another process before the node could bind it. */
    public static final class PortTakenException extends RuntimeException {
        private final int port;

        PortTakenException(String name, int port) {
            super(
                    name
                            + " cannot listen on port "
                            + port
                            + " of 127.0.0.1: it is in use by another process (a node not "
                            + "started here, or a stale one); free the port or choose another",
                    null,
                    false,
                    false);
            this.port = port;
        }

        public int port() {
            return port;
        }

        /** The same, as the devnet's typed error. */
        public DevnetException asDevnetException() {
            return new DevnetException(getMessage());
        }
    }
}
