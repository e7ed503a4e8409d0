package dev.baton.devnet.process;

import dev.baton.devnet.DevnetException;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.LocalDevnet;
import dev.baton.devnet.LocalPorts;
import dev.baton.devnet.ProjectRoot;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Hardhat node run as a child process on the project's Node 22, bound to 127.0.0.1 on a free
 * port. It never outlives its owner for long: {@link #close()} stops it, a shutdown hook stops it
 * when the JVM exits, and a PID file lets the next start stop it when the JVM was killed outright.
 */
public final class HardhatProcess extends LocalDevnet {

    private static final Logger LOG = LoggerFactory.getLogger(HardhatProcess.class);
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);
    private static final int PORT_ATTEMPTS = 3;

    private final NodeProcess node;
    private final Path logFile;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private HardhatProcess(NodeProcess node, Path logFile, String rpcUrl) {
        super(rpcUrl);
        this.node = node;
        this.logFile = logFile;
        this.shutdownHook = new Thread(this::stop, "baton-devnet-stop-" + node.pid());
    }

    public static HardhatProcess start(ProjectRoot root) {
        return start(root, DEFAULT_START_TIMEOUT);
    }

    /**
     * Stops nodes left behind by dead JVMs, then starts a node and waits until it answers JSON-RPC.
     */
    public static HardhatProcess start(ProjectRoot root, Duration timeout) {
        Path workDir = root.devnetWorkDir();
        StaleNodeReaper.reap(workDir);
        for (int attempt = 1; ; attempt++) {
            int port = LocalPorts.pickFree();
            try {
                return startOnPort(root, workDir, port, timeout);
            } catch (NodeProcess.PortTakenException e) {
                if (attempt == PORT_ATTEMPTS) {
                    throw new DevnetException(
                            "Hardhat node could not bind a free port in "
                                    + PORT_ATTEMPTS
                                    + " attempts",
                            e);
                }
                LOG.debug("port {} was taken before the node bound it; retrying", port);
            }
        }
    }

    private static HardhatProcess startOnPort(
            ProjectRoot root, Path workDir, int port, Duration timeout) {
        Path logFile = workDir.resolve("hardhat-" + port + ".log");
        String rpcUrl = "http://127.0.0.1:" + port;
        long started = System.nanoTime();
        NodeProcess node =
                NodeProcess.start(
                        new NodeProcess.Launch(
                                "Hardhat node",
                                HardhatCommandLine.of(root.node(), root.hardhatCli(), port),
                                root.dir(),
                                logFile,
                                workDir,
                                NodePidFile.SUFFIX,
                                port,
                                "EADDRINUSE"),
                        rpcUrl,
                        timeout);
        HardhatProcess devnet = new HardhatProcess(node, logFile, rpcUrl);
        Runtime.getRuntime().addShutdownHook(devnet.shutdownHook);
        LOG.info(
                "Hardhat node PID {} ready at {} (chain {}) in {} ms; log {}",
                node.pid(),
                rpcUrl,
                node.chainId(),
                (System.nanoTime() - started) / 1_000_000,
                logFile);
        return devnet;
    }

    @Override
    public long chainId() {
        return node.chainId();
    }

    @Override
    public DevnetKind kind() {
        return DevnetKind.PROCESS;
    }

    /** The node's own PID (the Node binary, not a wrapper). */
    public long pid() {
        return node.pid();
    }

    public int port() {
        return node.port();
    }

    /** Where the node's console output goes. */
    public Path logFile() {
        return logFile;
    }

    @Override
    public void close() {
        if (closed.get()) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to run stop() itself
        }
        stop();
    }

    private void stop() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        node.stop();
        LOG.info("Hardhat node PID {} on port {} stopped", node.pid(), node.port());
    }
}
