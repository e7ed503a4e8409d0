package dev.baton.cli.prover;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.devnet.Devnet;
import dev.baton.types.Address;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.http.HttpService;

/** Agents as separate {@code baton ... run} processes, a background miner, and waits on the chain, for the ITs. */
final class AgentProcesses {
    /** Hardhat stamps each block one second after the last: the chain's clock runs twice the wall clock's. */
    static final long BLOCK_MILLIS = 500;

    private final Path dir;
    private final List<Process> started;

    AgentProcesses(Path dir, List<Process> started) {
        this.dir = dir;
        this.started = started;
    }

    /** Mines one block every {@value #BLOCK_MILLIS} ms while {@code running}. */
    static final class Miner implements Runnable {
        final AtomicBoolean running = new AtomicBoolean(true);
        final AtomicBoolean stop = new AtomicBoolean();
        private final Devnet devnet;

        Miner(Devnet devnet) {
            this.devnet = devnet;
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
                    Thread.sleep(BLOCK_MILLIS);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    Miner startMiner(Devnet devnet) {
        Miner miner = new Miner(devnet);
        Thread thread = new Thread(miner, "test-miner");
        thread.setDaemon(true);
        thread.start();
        return miner;
    }

    /** Starts {@code baton <role> run --agent config} and waits for its /health. */
    Process start(String role, Path config, int port) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar = Path.of(System.getenv().getOrDefault("BATON_ROOT", "..")).resolve("cli/target/baton.jar");
        Path log = dir.resolve(role + ".log");
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), role, "run", "--agent", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        started.add(process);
        await(role + " agent's /health", () -> health(port) == 200 || !process.isAlive(), 60);
        assertThat(process.isAlive()).as(() -> logs()).isTrue();
        return process;
    }

    String logs() {
        StringBuilder out = new StringBuilder();
        for (String role : List.of("operator", "prover")) {
            try {
                Path log = dir.resolve(role + ".log");
                if (Files.exists(log)) out.append("--- ").append(role).append('\n').append(Files.readString(log));
            } catch (IOException e) {
                out.append(e);
            }
        }
        return out.toString();
    }

    void await(String what, BooleanSupplier condition, long seconds) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("timed out waiting for " + what + "\n" + logs());
            Thread.sleep(100);
        }
    }

    /** The first file in {@code outbox} whose name starts with {@code prefix}, once there. */
    Path awaitFile(Path outbox, String prefix, long seconds) throws InterruptedException {
        Path[] found = new Path[1];
        await("an attestation " + prefix + "* in " + outbox, () -> {
            if (!Files.isDirectory(outbox)) return false;
            try (Stream<Path> files = Files.list(outbox)) {
                Optional<Path> file = files.filter(f -> f.getFileName().toString().startsWith(prefix)
                        && f.getFileName().toString().endsWith(".json")).findFirst();
                file.ifPresent(f -> found[0] = f);
                return file.isPresent();
            } catch (IOException e) {
                return false;
            }
        }, seconds);
        return found[0];
    }

    long nonce(Devnet devnet, Address account) {
        Web3j web3j = Web3j.build(new HttpService(devnet.rpcUrl()));
        try {
            return web3j.ethGetTransactionCount(account.lowerHex(), DefaultBlockParameterName.LATEST).send()
                    .getTransactionCount().longValueExact();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            web3j.shutdown();
        }
    }

    static int health(int port) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    static String scrape(int port) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
                    .build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
