package dev.baton.devnet.anvil;

import dev.baton.devnet.DevnetException;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.LocalDevnet;
import dev.baton.devnet.LocalPorts;
import dev.baton.devnet.ProjectRoot;
import dev.baton.devnet.process.NodePidFile;
import dev.baton.devnet.process.NodeProcess;
import dev.baton.devnet.process.StaleNodeReaper;
import dev.baton.devnet.rpc.DevnetControl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An anvil node run as a child process on 127.0.0.1, keeping its chain in a {@code --state} file:
 * {@link #stopNode()} stops it (anvil writes the state on a clean exit) and {@link
 * #startNode(Duration)} starts it again on the same port WITH its chain (blocks, balances,
 * contracts, nonces), which the Hardhat node cannot. It also reorganises for real ({@link
 * DevnetControl#reorg}, {@link DevnetControl#rollback}). It never leaves a node running: {@link
 * #close()} stops the node and anything it started, a shutdown hook does when the JVM exits, and a
 * PID file lets the next start stop a node whose JVM was killed outright. It never talks to a node
 * it did not start: the port must be free before launch (a fixed {@code hostPort} held by someone
 * else fails with the port named; a picked one is picked again).
 */
public final class AnvilProcess extends LocalDevnet {
    private static final Logger LOG = LoggerFactory.getLogger(AnvilProcess.class);
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);
    private static final int PORT_ATTEMPTS = 3;

    private final ProjectRoot root;
    private final AnvilOptions options;
    private final int port;
    private final Path stateFile;
    private final boolean ownStateFile;
    private final Path logFile;
    private final Thread shutdownHook = new Thread(this::stopQuietly, "baton-anvil-stop");
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile NodeProcess node;
    private volatile long chainId;

    private AnvilProcess(
            ProjectRoot root,
            AnvilOptions options,
            int port,
            Path stateFile,
            boolean ownStateFile) {
        super("http://127.0.0.1:" + port);
        this.root = root;
        this.options = options;
        this.port = port;
        this.stateFile = stateFile;
        this.ownStateFile = ownStateFile;
        this.logFile = root.devnetWorkDir().resolve("anvil-" + port + ".log");
    }

    public static AnvilProcess start(ProjectRoot root) {
        return start(root, AnvilOptions.DEFAULT);
    }

    /**
     * Stops anvil nodes left behind by dead JVMs, then starts anvil and waits until it answers
     * JSON-RPC.
     */
    public static AnvilProcess start(ProjectRoot root, AnvilOptions options) {
        StaleNodeReaper.reap(
                root.devnetWorkDir(), NodePidFile.ANVIL_SUFFIX, AnvilCommandLine::isNodeOnPort);
        for (int attempt = 1; ; attempt++) {
            int port = options.hostPort() != 0 ? options.hostPort() : LocalPorts.pickFree();
            boolean own = options.stateFile() == null;
            Path state =
                    own
                            ? root.devnetWorkDir()
                                    .resolve(
                                            "anvil-"
                                                    + port
                                                    + "-"
                                                    + ProcessHandle.current().pid()
                                                    + ".state.json")
                            : options.stateFile();
            if (own) {
                deleteQuietly(state);
            }
            AnvilProcess devnet = new AnvilProcess(root, options, port, state, own);
            try {
                devnet.launch(DEFAULT_START_TIMEOUT);
            } catch (NodeProcess.PortTakenException e) {
                if (options.hostPort() != 0) {
                    throw e.asDevnetException();
                }
                if (attempt == PORT_ATTEMPTS) {
                    throw new DevnetException(
                            "anvil could not bind a free port in " + PORT_ATTEMPTS + " attempts",
                            e);
                }
                LOG.debug("port {} was taken before anvil bound it; picking another", port);
                continue;
            }
            Runtime.getRuntime().addShutdownHook(devnet.shutdownHook);
            return devnet;
        }
    }

    private void launch(Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(AnvilCommandLine.binary(root).toString());
        command.addAll(
                AnvilCommandLine.arguments("127.0.0.1", port, stateFile.toString(), options));
        long started = System.nanoTime();
        node =
                NodeProcess.start(
                        new NodeProcess.Launch(
                                "anvil",
                                command,
                                root.dir(),
                                logFile,
                                root.devnetWorkDir(),
                                NodePidFile.ANVIL_SUFFIX,
                                port,
                                "Address already in use"),
                        rpcUrl(),
                        timeout);
        chainId = node.chainId();
        LOG.info(
                "anvil PID {} ready at {} (chain {}, state {}) in {} ms",
                node.pid(),
                rpcUrl(),
                chainId,
                stateFile,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Stops the node cleanly (SIGTERM: anvil writes its state file); clients see connection
     * failures until started.
     */
    public void stopNode() {
        NodeProcess n = node;
        if (n == null || !n.isAlive()) {
            return;
        }
        if (!n.stop()) {
            throw new DevnetException(
                    "anvil PID "
                            + n.pid()
                            + " did not stop within 10 s (killed; its state may be lost)");
        }
        LOG.info("anvil PID {} on port {} stopped; chain kept in {}", n.pid(), port, stateFile);
    }

    /**
     * Starts the node again on the same port from its state file: the same chain, where it stopped.
     *
     * @throws DevnetException naming the port when another process took it meanwhile
     */
    public void startNode(Duration timeout) {
        if (node != null && node.isAlive()) {
            return;
        }
        try {
            launch(timeout);
        } catch (NodeProcess.PortTakenException e) {
            throw e.asDevnetException();
        }
    }

    /** The node's PID (the anvil binary itself); a new one after {@link #startNode(Duration)}. */
    public long pid() {
        return node.pid();
    }

    @Override
    public long chainId() {
        return chainId;
    }

    @Override
    public DevnetKind kind() {
        return DevnetKind.ANVIL;
    }

    public int port() {
        return port;
    }

    public Path stateFile() {
        return stateFile;
    }

    public Path logFile() {
        return logFile;
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs stopQuietly itself
        }
        stopQuietly();
        if (ownStateFile) {
            deleteQuietly(stateFile);
        }
    }

    private void stopQuietly() {
        NodeProcess n = node;
        if (n != null && n.isAlive()) {
            n.stop();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a leftover state file in the work directory is harmless
        }
    }
}
