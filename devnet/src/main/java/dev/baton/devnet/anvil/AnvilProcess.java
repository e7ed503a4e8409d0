package dev.baton.devnet.anvil;

import dev.baton.signer.DevAccount;
import dev.baton.signer.DevAccounts;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetException;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.LocalPorts;
import dev.baton.devnet.ProjectRoot;
import dev.baton.devnet.rpc.DevnetControl;
import dev.baton.devnet.rpc.Readiness;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An anvil node run as a child process on 127.0.0.1, keeping its chain in a {@code --state} file: {@link #stopNode()}
 * stops it (anvil writes the state on a clean exit) and {@link #startNode(Duration)} starts it again on the same port
 * WITH its chain (blocks, balances, contracts, nonces), which the Hardhat node cannot. It also reorganises for real
 * ({@link DevnetControl#reorg}, {@link DevnetControl#rollback}). A shutdown hook stops it when the JVM exits.
 */
public final class AnvilProcess implements Devnet {
    private static final Logger LOG = LoggerFactory.getLogger(AnvilProcess.class);
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);

    private final ProjectRoot root;
    private final AnvilOptions options;
    private final int port;
    private final Path stateFile;
    private final boolean ownStateFile;
    private final Path logFile;
    private final String rpcUrl;
    private final DevnetControl control;
    private final Thread shutdownHook = new Thread(this::stopQuietly, "baton-anvil-stop");
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Process process;
    private volatile long chainId;

    private AnvilProcess(ProjectRoot root, AnvilOptions options, int port, Path stateFile, boolean ownStateFile) {
        this.root = root;
        this.options = options;
        this.port = port;
        this.stateFile = stateFile;
        this.ownStateFile = ownStateFile;
        this.logFile = root.devnetWorkDir().resolve("anvil-" + port + ".log");
        this.rpcUrl = "http://127.0.0.1:" + port;
        this.control = DevnetControl.connect(rpcUrl);
    }

    public static AnvilProcess start(ProjectRoot root) {
        return start(root, AnvilOptions.DEFAULT);
    }

    /** Starts anvil and waits until it answers JSON-RPC. */
    public static AnvilProcess start(ProjectRoot root, AnvilOptions options) {
        int port = options.hostPort() != 0 ? options.hostPort() : LocalPorts.pickFree();
        boolean own = options.stateFile() == null;
        Path state = own ? root.devnetWorkDir().resolve("anvil-" + port + "-" + ProcessHandle.current().pid() + ".state.json")
                : options.stateFile();
        if (own) deleteQuietly(state);
        AnvilProcess devnet = new AnvilProcess(root, options, port, state, own);
        devnet.launch(DEFAULT_START_TIMEOUT);
        Runtime.getRuntime().addShutdownHook(devnet.shutdownHook);
        return devnet;
    }

    private void launch(Duration timeout) {
        List<String> command = new ArrayList<>();
        command.add(AnvilCommandLine.binary(root).toString());
        command.addAll(AnvilCommandLine.arguments("127.0.0.1", port, stateFile.toString(), options));
        long started = System.nanoTime();
        try {
            Files.createDirectories(logFile.getParent());
            process = new ProcessBuilder(command).directory(root.dir().toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
        } catch (IOException e) {
            throw new DevnetException("cannot start anvil: " + String.join(" ", command) + ": " + e.getMessage(), e);
        }
        Process p = process;
        try {
            chainId = Readiness.await(rpcUrl, timeout, p::isAlive);
        } catch (Readiness.NodeNotReadyException e) {
            p.destroyForcibly();
            throw new DevnetException("anvil did not start: " + e.getMessage() + "; log " + logFile, e);
        }
        LOG.info("anvil PID {} ready at {} (chain {}, state {}) in {} ms", p.pid(), rpcUrl, chainId, stateFile,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Stops the node cleanly (SIGTERM: anvil writes its state file); clients see connection failures until started. */
    public void stopNode() {
        Process p = process;
        if (p == null || !p.isAlive()) return;
        p.destroy();
        try {
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new DevnetException("anvil PID " + p.pid() + " did not stop within 30 s (killed; its state may be lost)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevnetException("interrupted while stopping anvil PID " + p.pid(), e);
        }
        LOG.info("anvil PID {} on port {} stopped; chain kept in {}", p.pid(), port, stateFile);
    }

    /** Starts the node again on the same port from its state file: the same chain, where it stopped. */
    public void startNode(Duration timeout) {
        if (process != null && process.isAlive()) return;
        launch(timeout);
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
        if (!closed.compareAndSet(false, true)) return;
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs stopQuietly itself
        }
        stopQuietly();
        if (ownStateFile) deleteQuietly(stateFile);
    }

    private void stopQuietly() {
        Process p = process;
        if (p == null) return;
        p.destroy();
        try {
            if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly();
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
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
