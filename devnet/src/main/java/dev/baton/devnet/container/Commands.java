package dev.baton.devnet.container;

import dev.baton.devnet.DevnetException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Runs host tools (ldd, tar, docker) and turns failures into errors that show the command and its
 * output.
 */
final class Commands {

    private Commands() {}

    /**
     * Runs {@code command} and returns its standard output; fails on a non-zero exit or a timeout.
     */
    static String run(List<String> command, long timeoutSeconds) {
        Process process = start(new ProcessBuilder(command));
        CompletableFuture<String> stdout = readAsync(process.getInputStream());
        CompletableFuture<String> stderr = readAsync(process.getErrorStream());
        awaitSuccess(process, String.join(" ", command), timeoutSeconds, stderr);
        return stdout.join();
    }

    /**
     * Runs {@code producer | consumer} (e.g. tar | docker import) and returns the consumer's
     * output.
     */
    static String pipe(
            List<String> producer, List<String> consumer, Path workDir, long timeoutSeconds) {
        List<Process> pipeline;
        try {
            Path producerErrors = Files.createTempFile(workDir, "pipe-", ".err");
            pipeline =
                    ProcessBuilder.startPipeline(
                            List.of(
                                    new ProcessBuilder(producer)
                                            .redirectError(producerErrors.toFile()),
                                    new ProcessBuilder(consumer)));
            Process last = pipeline.get(1);
            CompletableFuture<String> stdout = readAsync(last.getInputStream());
            CompletableFuture<String> stderr = readAsync(last.getErrorStream());
            awaitSuccess(
                    pipeline.get(0),
                    String.join(" ", producer),
                    timeoutSeconds,
                    CompletableFuture.completedFuture(Files.readString(producerErrors)));
            awaitSuccess(last, String.join(" ", consumer), timeoutSeconds, stderr);
            Files.deleteIfExists(producerErrors);
            return stdout.join();
        } catch (IOException e) {
            throw new DevnetException(
                    "cannot run "
                            + String.join(" ", producer)
                            + " | "
                            + String.join(" ", consumer)
                            + ": "
                            + e.getMessage(),
                    e);
        }
    }

    private static Process start(ProcessBuilder builder) {
        try {
            return builder.start();
        } catch (IOException e) {
            throw new DevnetException(
                    "cannot run " + String.join(" ", builder.command()) + ": " + e.getMessage(), e);
        }
    }

    private static void awaitSuccess(
            Process process,
            String description,
            long timeoutSeconds,
            CompletableFuture<String> stderr) {
        try {
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new DevnetException(
                        description + " did not finish within " + timeoutSeconds + " s");
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new DevnetException("interrupted while running " + description, e);
        }
        if (process.exitValue() != 0) {
            throw new DevnetException(
                    description
                            + " failed with exit code "
                            + process.exitValue()
                            + ": "
                            + stderr.join().strip());
        }
    }

    private static CompletableFuture<String> readAsync(InputStream stream) {
        return CompletableFuture.supplyAsync(
                () -> {
                    try (stream) {
                        return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
    }
}
