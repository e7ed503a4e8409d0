package dev.baton.devnet.process;

import dev.baton.signer.DevAccount;
import dev.baton.signer.DevAccounts;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetException;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.LocalPorts;
import dev.baton.devnet.OwnerProcess;
import dev.baton.devnet.ProjectRoot;
import dev.baton.devnet.rpc.DevnetControl;
import dev.baton.devnet.rpc.Readiness;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Hardhat node run as a child process on the project's Node 22, bound to 127.0.0.1 on a free port. It never
 * outlives its owner for long: {@link #close()} stops it, a shutdown hook stops it when the JVM exits, and a PID
 * file lets the next start stop it when the JVM was killed outright.
 */
public final class HardhatProcess implements Devnet {

    private static final Logger LOG = LoggerFactory.getLogger(HardhatProcess.class);
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);
    private static final int PORT_ATTEMPTS = 3;

    private final Process process;
    private final NodePidFile pidFile;
    private final Path logFile;
    private final String rpcUrl;
    private final long chainId;
    private final DevnetControl control;
    private final Thread shutdownHook;
    private final AtomicBoolean closed = new AtomicBoolean();

    private HardhatProcess(Process process, NodePidFile pidFile, Path logFile, String rpcUrl, long chainId) {
        this.process = process;
        this.pidFile = pidFile;
        this.logFile = logFile;
        this.rpcUrl = rpcUrl;
        this.chainId = chainId;
        this.control = DevnetControl.connect(rpcUrl);
        this.shutdownHook = new Thread(this::stop, "baton-devnet-stop-" + process.pid());
    }

    public static HardhatProcess start(ProjectRoot root) {
        return start(root, DEFAULT_START_TIMEOUT);
    }

    /** Stops nodes left behind by dead JVMs, then starts a node and waits until it answers JSON-RPC. */
    public static HardhatProcess start(ProjectRoot root, Duration timeout) {
        Path workDir = root.devnetWorkDir();
        StaleNodeReaper.reap(workDir);
        for (int attempt = 1; ; attempt++) {
            int port = LocalPorts.pickFree();
            try {
                return startOnPort(root, workDir, port, timeout);
            } catch (PortTakenException e) {
                if (attempt == PORT_ATTEMPTS) throw new DevnetException("Hardhat node could not bind a free port in " + PORT_ATTEMPTS + " attempts", e);
                LOG.debug("port {} was taken before the node bound it; retrying", port);
            }
        }
    }

    private static HardhatProcess startOnPort(ProjectRoot root, Path workDir, int port, Duration timeout) {
        Path logFile = workDir.resolve("hardhat-" + port + ".log");
        Process process = launch(root, port, logFile);
        NodePidFile pidFile = NodePidFile.create(workDir, process.pid(), port, OwnerProcess.current());
        String rpcUrl = "http://127.0.0.1:" + port;
        long started = System.nanoTime();
        long chainId;
        try {
            chainId = Readiness.await(rpcUrl, timeout, process::isAlive);
        } catch (Readiness.NodeNotReadyException e) {
            stopNode(process);
            pidFile.delete();
            String log = tail(logFile);
            if (log.contains("EADDRINUSE")) throw new PortTakenException();
            throw new DevnetException("Hardhat node did not start: " + e.getMessage() + "; log " + logFile + ":\n" + log, e);
        }
        HardhatProcess devnet = new HardhatProcess(process, pidFile, logFile, rpcUrl, chainId);
        Runtime.getRuntime().addShutdownHook(devnet.shutdownHook);
        LOG.info("Hardhat node PID {} ready at {} (chain {}) in {} ms; log {}",
                process.pid(), rpcUrl, chainId, (System.nanoTime() - started) / 1_000_000, logFile);
        return devnet;
    }

    private static Process launch(ProjectRoot root, int port, Path logFile) {
        List<String> command = HardhatCommandLine.of(root.node(), root.hardhatCli(), port);
        try {
            Files.createDirectories(logFile.getParent());
            return new ProcessBuilder(command)
                    .directory(root.dir().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(logFile.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new DevnetException("cannot start Hardhat node: " + String.join(" ", command) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String rpcUrl() {
        return rpcUrl;
    }

    @Override
    public long chainId() {
        return chainId;
    }

    @Override
    public List<DevAccount> accounts() {
        return DevAccounts.hardhatDefaults();
    }

    @Override
    public DevnetControl control() {
        return control;
    }

    @Override
    public DevnetKind kind() {
        return DevnetKind.PROCESS;
    }

    /** The node's own PID (the Node binary, not a wrapper). */
    public long pid() {
        return process.pid();
    }

    public int port() {
        return pidFile.port();
    }

    /** Where the node's console output goes. */
    public Path logFile() {
        return logFile;
    }

    @Override
    public void close() {
        if (closed.get()) return;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to run stop() itself
        }
        stop();
    }

    private void stop() {
        if (!closed.compareAndSet(false, true)) return;
        stopNode(process);
        pidFile.delete();
        LOG.info("Hardhat node PID {} on port {} stopped", process.pid(), pidFile.port());
    }

    private static void stopNode(Process process) {
        process.descendants().forEach(StaleNodeReaper::stop);
        StaleNodeReaper.stop(process.toHandle());
    }

    private static String tail(Path logFile) {
        try {
            List<String> lines = Files.readAllLines(logFile);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read Hardhat log " + logFile, e);
        }
    }

    /** The picked port was taken by someone else between picking and binding. */
    private static final class PortTakenException extends RuntimeException {
        PortTakenException() {
            super(null, null, false, false);
        }
    }
}
