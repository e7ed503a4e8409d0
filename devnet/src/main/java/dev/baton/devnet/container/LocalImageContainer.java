package dev.baton.devnet.container;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import dev.baton.devnet.DevnetException;
import dev.baton.devnet.LocalDevnet;
import dev.baton.devnet.OwnerProcess;
import dev.baton.devnet.ProjectRoot;
import dev.baton.devnet.rpc.Readiness;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.output.OutputFrame;
import org.testcontainers.utility.DockerImageName;

/**
 * A devnet node in a Docker container from a locally built image (never pulled), published on a
 * loopback host port: what the Hardhat and the anvil containers share. Containers are labelled with
 * their owning JVM and every start removes those whose owner is gone; {@link #close()} removes the
 * container (Testcontainers removes it on stop).
 */
public abstract class LocalImageContainer extends LocalDevnet {
    private static final Logger LOG = LoggerFactory.getLogger(LocalImageContainer.class);
    public static final Duration DEFAULT_START_TIMEOUT = Duration.ofSeconds(60);
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private final String name;
    private final GenericContainer<?> container;
    private final String
            containerId; // kept: Testcontainers forgets the id once the container is stopped
    private final long chainId;
    private final Path logFile;
    private final AtomicBoolean closed = new AtomicBoolean();

    protected LocalImageContainer(Started started) {
        super(
                JsonRpcWaitStrategy.rpcUrl(
                        started.container().getHost(),
                        started.container().getMappedPort(started.rpcPort())));
        this.name = started.name();
        this.container = started.container();
        this.containerId = container.getContainerId();
        this.logFile = started.logFile();
        this.chainId = control().chainId();
    }

    /** A started container, before its devnet object exists. */
    protected record Started(
            String name,
            GenericContainer<?> container,
            int rpcPort,
            Path logFile,
            long startedNanos) {}

    /**
     * Fails fast without Docker, builds the image if missing ({@code ensureImage} returns its
     * name), removes stale devnet containers, starts one (its RPC on {@code rpcPort}) and waits for
     * JSON-RPC.
     *
     * @param hostPort a fixed loopback port: it keeps the RPC URL across {@code stopNode} and
     *     {@link #startNode(Duration)}, which a random binding would not (Docker picks a new port);
     *     0 for a random one
     */
    protected static Started launch(
            String name,
            ProjectRoot root,
            Function<ProjectRoot, String> ensureImage,
            int rpcPort,
            Duration timeout,
            int hostPort) {
        requireDocker();
        String image = ensureImage.apply(root);
        StaleContainers.remove(DockerClientFactory.instance().client());
        String prefix = name.toLowerCase(java.util.Locale.ROOT);
        Path logFile =
                root.devnetWorkDir()
                        .resolve(
                                prefix
                                        + "-container-"
                                        + ProcessHandle.current().pid()
                                        + "-"
                                        + SEQUENCE.incrementAndGet()
                                        + ".log");
        GenericContainer<?> container =
                new GenericContainer<>(DockerImageName.parse(image))
                        .withImagePullPolicy(any -> false)
                        .withExposedPorts(rpcPort)
                        .withLabels(StaleContainers.labelsFor(OwnerProcess.current()))
                        .withLogConsumer(frame -> append(logFile, frame))
                        .waitingFor(new JsonRpcWaitStrategy(rpcPort).withStartupTimeout(timeout));
        if (hostPort != 0) {
            container.withCreateContainerCmdModifier(
                    cmd ->
                            cmd.getHostConfig()
                                    .withPortBindings(
                                            new PortBinding(
                                                    Ports.Binding.bindIpAndPort(
                                                            "127.0.0.1", hostPort),
                                                    ExposedPort.tcp(rpcPort))));
        }
        long started = System.nanoTime();
        try {
            container.start();
        } catch (RuntimeException e) {
            container.stop();
            throw new DevnetException(
                    name
                            + " container from "
                            + image
                            + " did not start: "
                            + e.getMessage()
                            + "; log "
                            + logFile,
                    e);
        }
        return new Started(name, container, rpcPort, logFile, started);
    }

    /** Fails fast when no Docker engine answers (before an image is built). */
    private static void requireDocker() {
        if (!DockerAvailability.isAvailable()) {
            throw new DevnetException(
                    "the container devnet needs a Docker engine, and none is reachable (is dockerd running?)");
        }
    }

    /** Logs readiness; call at the end of a subclass's start. */
    protected final <T extends LocalImageContainer> T ready(Started started) {
        LOG.info(
                "{} container {} ready at {} (chain {}) in {} ms; log {}",
                name,
                containerId.substring(0, 12),
                rpcUrl(),
                chainId,
                (System.nanoTime() - started.startedNanos()) / 1_000_000,
                logFile);
        @SuppressWarnings("unchecked")
        T self = (T) this;
        return self;
    }

    @Override
    public final long chainId() {
        return chainId;
    }

    public final String containerId() {
        return containerId;
    }

    public final Path logFile() {
        return logFile;
    }

    /**
     * Stops the container without removing it, waiting up to {@code seconds} for the node to exit.
     */
    protected final void stopContainer(int seconds) {
        DockerClientFactory.instance()
                .client()
                .stopContainerCmd(containerId)
                .withTimeout(seconds)
                .exec();
        LOG.info("{} container {} stopped", name, containerId.substring(0, 12));
    }

    /** Starts the stopped container again and waits for JSON-RPC. */
    public final void startNode(Duration timeout) {
        DockerClientFactory.instance().client().startContainerCmd(containerId).exec();
        Readiness.await(rpcUrl(), timeout, () -> true);
        LOG.info(
                "{} container {} started again at {}",
                name,
                containerId.substring(0, 12),
                rpcUrl());
    }

    /** Stops and removes the container (Testcontainers removes it on stop). */
    @Override
    public final void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        container.stop();
        LOG.info("{} container {} removed", name, containerId.substring(0, 12));
    }

    private static void append(Path logFile, OutputFrame frame) {
        try {
            Files.createDirectories(logFile.getParent());
            Files.writeString(
                    logFile,
                    frame.getUtf8String(),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write container log " + logFile, e);
        }
    }
}
