package dev.baton.cli.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Drives Debian's chromium in headless mode: the rendered DOM and a screenshot of a local page. */
public final class HeadlessChromium {
    /**
     * Without the background-networking flags, Chromium keeps calling home, which floods a closed
     * network.
     */
    private static final List<String> QUIET_FLAGS =
            List.of(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--hide-scrollbars");

    private final Path binary;

    private HeadlessChromium(Path binary) {
        this.binary = binary;
    }

    /** Chromium from BATON_CHROMIUM or the PATH, if installed. */
    public static Optional<HeadlessChromium> find() {
        String configured = System.getenv("BATON_CHROMIUM");
        Stream<Path> candidates =
                configured != null
                        ? Stream.of(Path.of(configured))
                        : Stream.of(
                                        System.getenv()
                                                .getOrDefault("PATH", "")
                                                .split(java.io.File.pathSeparator))
                                .flatMap(
                                        dir ->
                                                Stream.of("chromium", "chromium-browser")
                                                        .map(name -> Path.of(dir, name)));
        return candidates.filter(Files::isExecutable).findFirst().map(HeadlessChromium::new);
    }

    /** The page's DOM after rendering. */
    public String dumpDom(Path page) throws IOException, InterruptedException {
        return dumpDom(page.toUri());
    }

    /** The DOM of a page served over HTTP (e.g. an agent's status page on the loopback). */
    public String dumpDom(java.net.URI page) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", page.toString()), null);
    }

    /** Renders the page at the given window size into a PNG. */
    void screenshot(Path page, Path png, int width, int height)
            throws IOException, InterruptedException {
        screenshot(page.toUri(), png, width, height);
    }

    public void screenshot(java.net.URI page, Path png, int width, int height)
            throws IOException, InterruptedException {
        Files.createDirectories(png.toAbsolutePath().getParent());
        run(
                List.of(
                        "--screenshot=" + png.toAbsolutePath(),
                        "--window-size=" + width + "," + height,
                        page.toString()),
                png);
    }

    private String run(List<String> args, Path expectedFile)
            throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("baton-chromium-");
        List<String> command = new ArrayList<>();
        command.add(binary.toString());
        command.addAll(QUIET_FLAGS);
        command.add("--user-data-dir=" + profile);
        command.addAll(args);
        Path stderr = Files.createTempFile("baton-chromium-", ".log");
        Process process = new ProcessBuilder(command).redirectError(stderr.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("chromium did not finish within 60 s: " + command);
        }
        if (process.exitValue() != 0 || (expectedFile != null && !Files.exists(expectedFile))) {
            throw new IllegalStateException(
                    "chromium failed (exit "
                            + process.exitValue()
                            + "): "
                            + Files.readString(stderr));
        }
        return new String(out, StandardCharsets.UTF_8);
    }
}
