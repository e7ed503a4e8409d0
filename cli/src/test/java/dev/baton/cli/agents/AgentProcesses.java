package dev.baton.cli.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.devnet.Devnet;
import dev.baton.model.DeploymentManifest;
import dev.baton.types.Address;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.http.HttpService;

/**
 * Agents as separate {@code baton <role> run} processes of the packaged jar, for the ITs: launching
 * one and waiting for its /health, reading its HTTP endpoints, a background miner, and waits on the
 * chain. One place, so every agent IT starts, watches and diagnoses its agent the same way.
 */
public final class AgentProcesses {
    private AgentProcesses() {}

    /**
     * Writes {@code manifest} to {@code dir/manifest.json} and {@code dir/name}, a connection to it
     * as that key.
     */
    public static void connection(
            Path dir, String name, Devnet devnet, DeploymentManifest manifest, int devKeyIndex)
            throws IOException {
        Path manifestFile = dir.resolve("manifest.json");
        manifest.write(manifestFile);
        Files.writeString(
                dir.resolve(name),
                "rpcUrl: "
                        + devnet.rpcUrl()
                        + "\nmanifest: "
                        + manifestFile
                        + "\ndevKeyIndex: "
                        + devKeyIndex
                        + "\n");
    }

    /** {@code java [jvmOptions] -jar baton.jar <role> run --agent <config> [extra]}. */
    public static List<String> command(
            String role, Path config, List<String> jvmOptions, String... extra) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        Path jar =
                Path.of(System.getenv().getOrDefault("BATON_ROOT", ".."))
                        .resolve("cli/target/baton.jar");
        command.addAll(List.of("-jar", jar.toString(), role, "run", "--agent", config.toString()));
        command.addAll(List.of(extra));
        return command;
    }

    /**
     * Launches {@code command} with its output appended to {@code log}, hands the process to {@code
     * started} at once (so the caller can kill it even if the wait fails), and returns once /health
     * on {@code port} answers 200; fails with {@code logs} if the agent exits first.
     */
    public static Process start(
            List<String> command,
            int port,
            Path log,
            Consumer<Process> started,
            Supplier<String> logs)
            throws Exception {
        Process process =
                new ProcessBuilder(command)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .start();
        started.accept(process);
        await(
                "the agent's /health",
                () -> status(port, "/health") == 200 || !process.isAlive(),
                60,
                logs);
        assertThat(process.isAlive()).as(logs).isTrue();
        return process;
    }

    /** The HTTP status of {@code path}, or -1 when the agent does not answer. */
    public static int status(int port, String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(request(port, path), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The body at {@code path} (e.g. /status, /metrics), or "" when the agent does not answer. */
    public static String get(int port, String path) {
        try {
            return HttpClient.newHttpClient()
                    .send(request(port, path), HttpResponse.BodyHandlers.ofString())
                    .body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    private static HttpRequest request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(2))
                .build();
    }

    /**
     * Polls {@code condition} every 100 ms; after {@code seconds} fails naming {@code what}, with
     * {@code logs}.
     */
    public static void await(
            String what, BooleanSupplier condition, long seconds, Supplier<String> logs)
            throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what + "\n" + logs.get());
            }
            Thread.sleep(100);
        }
    }

    /** The agent's log so far (for failure messages), or the reason it cannot be read. */
    public static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    /** The account's nonce at the latest block: the number of transactions it has had mined. */
    public static long nonce(Web3j web3j, Address account) {
        try {
            return web3j.ethGetTransactionCount(
                            account.lowerHex(), DefaultBlockParameterName.LATEST)
                    .send()
                    .getTransactionCount()
                    .longValueExact();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@link #nonce(Web3j, Address)} over a connection of its own. */
    public static long nonce(Devnet devnet, Address account) {
        Web3j web3j = Web3j.build(new HttpService(devnet.rpcUrl()));
        try {
            return nonce(web3j, account);
        } finally {
            web3j.shutdown();
        }
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /**
     * Mines one block every {@code blockMillis} ms while {@code running}, on a daemon thread, until
     * {@code stop}.
     */
    public static final class Miner implements Runnable {
        public final AtomicBoolean running;
        public final AtomicBoolean stop = new AtomicBoolean();
        private final Devnet devnet;
        private final long blockMillis;

        private Miner(Devnet devnet, long blockMillis, boolean running) {
            this.devnet = devnet;
            this.blockMillis = blockMillis;
            this.running = new AtomicBoolean(running);
        }

        public static Miner start(Devnet devnet, long blockMillis, boolean running) {
            Miner miner = new Miner(devnet, blockMillis, running);
            Thread thread = new Thread(miner, "test-miner");
            thread.setDaemon(true);
            thread.start();
            return miner;
        }

        @Override
        public void run() {
            while (!stop.get()) {
                if (running.get()) {
                    try {
                        devnet.control().mine(1);
                    } catch (RuntimeException e) {
                        // the node is busy: the next tick mines
                    }
                }
                try {
                    Thread.sleep(blockMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }
}
