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
 * A Hardhat node in a Docker container from the locally built {@link HardhatImage}, published on a random host
 * port. Never pulls. {@link #close()} removes the container; at JVM exit Testcontainers' own shutdown hook does
 * (it replaces Ryuk when Ryuk is disabled); and since a JVM killed with SIGKILL runs no hook, containers are
 * labelled with their owning JVM and every start removes those whose owner is gone.
 */
public final class HardhatContainer implements Devnet {

    private static final Logger LOG = LoggerFactory.getLogger(HardhatContainer.class);
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final GenericContainer<?> container;
    private final String containerId; // kept: Testcontainers forgets the id once the container is stopped
    private final String rpcUrl;
    private final long chainId;
    private final DevnetControl control;
    private final Path logFile;
    private final AtomicBoolean closed = new AtomicBoolean();

    private HardhatContainer(GenericContainer<?> container, Path logFile) {
        this.container = container;
        this.containerId = container.getContainerId();
        this.logFile = logFile;
        this.rpcUrl = JsonRpcWaitStrategy.rpcUrl(container.getHost(), container.getMappedPort(HardhatImage.RPC_PORT));
        this.control = DevnetControl.connect(rpcUrl);
        this.chainId = control.chainId();
    }

    public static HardhatContainer start(ProjectRoot root) {
        return start(root, DEFAULT_START_TIMEOUT);
    }

    /** Builds the image if missing, removes stale devnet containers, starts one and waits for JSON-RPC. */
    public static HardhatContainer start(ProjectRoot root, Duration timeout) {
        return start(root, timeout, 0);
    }

    /**
     * The same, published on a fixed loopback {@code hostPort} (0: a random one). A fixed port keeps the RPC URL across
     * {@link #stopNode()} and {@link #startNode()}, which a random binding would not (Docker picks a new port).
     */
    public static HardhatContainer start(ProjectRoot root, Duration timeout, int hostPort) {
        if (!DockerAvailability.isAvailable()) {
            throw new DevnetException("the container devnet needs a Docker engine, and none is reachable (is dockerd running?)");
        }
        String image = HardhatImage.ensure(root);
        StaleContainers.remove(DockerClientFactory.instance().client());
        Path logFile = root.devnetWorkDir().resolve("hardhat-container-" + ProcessHandle.current().pid() + "-" + SEQUENCE.incrementAndGet() + ".log");
        GenericContainer<?> container = new GenericContainer<>(DockerImageName.parse(image))
                .withImagePullPolicy(name -> false)
                .withExposedPorts(HardhatImage.RPC_PORT)
                .withLabels(StaleContainers.labelsFor(OwnerProcess.current()))
                .withLogConsumer(frame -> append(logFile, frame))
                .waitingFor(new JsonRpcWaitStrategy(HardhatImage.RPC_PORT).withStartupTimeout(timeout));
        if (hostPort != 0) {
            container.withCreateContainerCmdModifier(cmd -> cmd.getHostConfig().withPortBindings(new PortBinding(
                    Ports.Binding.bindIpAndPort("127.0.0.1", hostPort), ExposedPort.tcp(HardhatImage.RPC_PORT))));
        }
        long started = System.nanoTime();
        try {
            container.start();
        } catch (RuntimeException e) {
            container.stop();
            throw new DevnetException("Hardhat container from " + image + " did not start: " + e.getMessage() + "; log " + logFile, e);
        }
        HardhatContainer devnet = new HardhatContainer(container, logFile);
        LOG.info("Hardhat container {} ready at {} (chain {}) in {} ms; log {}", devnet.containerId().substring(0, 12),
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
        return DevnetKind.CONTAINER;
    }

    public String containerId() {
        return containerId;
    }

    public Path logFile() {
        return logFile;
    }

    /**
     * Stops the container without removing it (the node goes down; its in-memory chain is lost). Clients see
     * connection failures until {@link #startNode()}.
     */
    public void stopNode() {
        DockerClientFactory.instance().client().stopContainerCmd(containerId).withTimeout(2).exec();
        LOG.info("Hardhat container {} stopped", containerId.substring(0, 12));
    }

    /**
     * Starts the stopped container again and waits for JSON-RPC. Hardhat keeps its chain in memory, so the node
     * comes back as a FRESH chain (same chain id, same dev accounts, block 0): redeploy what the test needs.
     */
    public void startNode(Duration timeout) {
        DockerClientFactory.instance().client().startContainerCmd(containerId).exec();
        Readiness.await(rpcUrl, timeout, () -> true);
        LOG.info("Hardhat container {} started again at {}", containerId.substring(0, 12), rpcUrl);
    }

    /** Stops and removes the container (Testcontainers removes it on stop). */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) return;
        container.stop();
        LOG.info("Hardhat container {} removed", containerId.substring(0, 12));
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
