package dev.baton.cli.auction;

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
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** {@code baton operator run} as a child process of a test (the packaged jar), and waiting on its HTTP endpoint. */
final class OperatorAgentProcess {
    private OperatorAgentProcess() {}

    /** Starts the agent with {@code config} (and {@code extra} arguments), its output in {@code log}; returns once its /health answers 200. */
    static Process start(Path config, int port, Path log, String... extra) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar = Path.of(System.getenv().getOrDefault("BATON_ROOT", "..")).resolve("cli/target/baton.jar");
        List<String> command = new ArrayList<>(List.of(java, "-jar", jar.toString(), "operator", "run", "--agent",
                config.toString()));
        command.addAll(List.of(extra));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        await("the agent's /health", () -> status(port, "/health") == 200 || !process.isAlive(), 60, log);
        if (!process.isAlive()) throw new AssertionError("the agent exited:\n" + read(log));
        return process;
    }

    static int status(int port, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** The body at {@code path}, or "" when the agent does not answer. */
    static String get(int port, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    static void await(String what, BooleanSupplier condition, long seconds, Path log) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) throw new AssertionError("timed out waiting for " + what + "\n" + read(log));
            Thread.sleep(100);
        }
    }

    static String read(Path log) {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return e.toString();
        }
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
