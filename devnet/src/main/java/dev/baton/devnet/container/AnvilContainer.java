package dev.baton.devnet.container;

import dev.baton.signer.DevAccount;
import dev.baton.signer.DevAccounts;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetException;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.OwnerProcess;
import dev.baton.devnet.ProjectRoot;
import dev.baton.devnet.rpc.DevnetControl;
import dev.baton.devnet.rpc.Readiness;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.utility.DockerImageName;

/**
 * An anvil node in a Docker container from the locally built {@link AnvilImage}, published on a loopback host port.
 * Never pulls. Its chain lives in the container's {@code /data/state.json}: {@link #stopNode()} stops the container
 * (anvil writes the state on SIGTERM) and {@link #startNode(Duration)} starts the same container WITH its chain.
 * {@link #close()} removes the container; stale ones of dead JVMs are removed on every start, as for Hardhat.
 */
public final class AnvilContainer implements Devnet {

    private static final Logger LOG = LoggerFactory.getLogger(AnvilContainer.class);
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final GenericContainer<?> container;
    private final String containerId; // kept: Testcontainers forgets the id once the container is stopped
    private final String rpcUrl;
    private final long chainId;
    private final DevnetControl control;
    private final Path logFile;
    private final AtomicBoolean closed = new AtomicBoolean();

    private AnvilContainer(GenericContainer<?> container, Path logFile) {
        this.container = container;
        this.containerId = container.getContainerId();
        this.logFile = logFile;
        this.rpcUrl = JsonRpcWaitStrategy.rpcUrl(container.getHost(), container.getMappedPort(AnvilImage.RPC_PORT));
        this.control = DevnetControl.connect(rpcUrl);
        this.chainId = control.chainId();
    }

    public static AnvilContainer start(ProjectRoot root) {
        return start(root, DEFAULT_START_TIMEOUT);
    }

    /** Builds the image if missing, removes stale devnet containers, starts one and waits for JSON-RPC. */
    public static AnvilContainer start(ProjectRoot root, Duration timeout) {
        return start(root, timeout, 0);
    }

    /**
     * The same, published on a fixed loopback {@code hostPort} (0: a random one). A fixed port keeps the RPC URL across
     * {@link #stopNode()} and {@link #startNode(Duration)}, which a random binding would not (Docker picks a new port).
     */
    public static AnvilContainer start(ProjectRoot root, Duration timeout, int hostPort) {
        if (!DockerAvailability.isAvailable()) {
            throw new DevnetException("the container devnet needs a Docker engine, and none is reachable (is dockerd running?)");
        }
        String image = AnvilImage.ensure(root);
        StaleContainers.remove(DockerClientFactory.instance().client());
        Path logFile = root.devnetWorkDir().resolve("anvil-container-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet() + ".log");
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                .withImagePullPolicy(name -> false)
                .withExposedPorts(AnvilImage.RPC_PORT)
                .withLabels(StaleContainers.labelsFor(OwnerProcess.current()))
                .withLogConsumer(frame -> append(logFile, frame))
                .waitingFor(new JsonRpcWaitStrategy(AnvilImage.RPC_PORT).withStartupTimeout(timeout));
        if (hostPort != 0) {
            container.withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withPortBindings(new PortBinding(
                    Ports.Binding.bindIpAndPort("127.0.0.1", hostPort), ExposedPort.tcp(AnvilImage.RPC_PORT))));
        }
        long started = System.nanoTime();
        try {
            container.start();
        } catch (RuntimeException e) {
            container.stop();
            throw new DevnetException("anvil container from " + image + " did not start: " + e.getMessage() + "; log " + logFile, e);
        }
        AnvilContainer devnet = new AnvilContainer(container, logFile);
        LOG.info("anvil container {} ready at {} (chain {}) in {} ms; log {}", devnet.containerId().substring(0, 12),
                devnet.rpcUrl, devnet.chainId, (System.nanoTime() - started) / 1_000_000, logFile);
        return devnet;
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
        return DevnetKind.ANVIL_CONTAINER;
    }

    public String containerId() {
        return containerId;
    }

    public Path logFile() {
        return logFile;
    }

    /** Stops the container without removing it; anvil writes its chain to the state file. Clients see connection
     * failures until {@link #startNode(Duration)}. */
    public void stopNode() {
        DockerClientFactory.instance().client().stopContainerCmd(containerId).withTimeout(20).exec();
        LOG.info("anvil container {} stopped", containerId.substring(0, 12));
    }

    /** Starts the stopped container again and waits for JSON-RPC: the same chain, loaded from its state file. */
    public void startNode(Duration timeout) {
        DockerClientFactory.instance().client().startContainerCmd(containerId).exec();
        Readiness.await(rpcUrl, timeout, () -> true);
        LOG.info("anvil container {} started again at {}", containerId.substring(0, 12), rpcUrl);
    }

    /** Stops and removes the container (Testcontainers removes it on stop). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        container.stop();
        LOG.info("anvil container {} removed", containerId.substring(0, 12));
    }

    private static void append(Path logFile, OutputFrame frame) {
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, frame.getUtf8String(), StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write container log " + logFile, e);
        }
    }
}
