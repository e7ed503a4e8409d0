package dev.baton.cli.devnet;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.baton.cli.ConfigException;
import dev.baton.devnet.ProjectRoot;
import dev.baton.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A node started by `baton devnet up --detach`, recorded in {@code target/devnet/detached.json} so
 * that `baton devnet down` (another JVM) can stop exactly that process and nothing else.
 */
public record DetachedNode(
        @JsonProperty("pid") long pid,
        @JsonProperty("port") int port,
        @JsonProperty("rpcUrl") String rpcUrl,
        @JsonProperty("logFile") String logFile) {

    static Path stateFile(ProjectRoot root) {
        return root.devnetWorkDir().resolve("detached.json");
    }

    static Optional<DetachedNode> read(ProjectRoot root) {
        Path file = stateFile(root);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Json.MAPPER.readValue(Files.readString(file), DetachedNode.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    void write(ProjectRoot root) {
        try {
            Files.createDirectories(stateFile(root).getParent());
            Files.writeString(
                    stateFile(root),
                    Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + stateFile(root), e);
        }
    }

    static void forget(ProjectRoot root) {
        try {
            Files.deleteIfExists(stateFile(root));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + stateFile(root), e);
        }
    }

    /** The live process, if the recorded PID still runs Hardhat's node on the recorded port. */
    Optional<ProcessHandle> process() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(
                        p ->
                                p.info()
                                        .commandLine()
                                        .map(
                                                c ->
                                                        c.contains("node")
                                                                && c.contains("--port " + port))
                                        .orElse(false));
    }

    static ConfigException alreadyRunning(DetachedNode node) {
        return new ConfigException(
                "a detached devnet is already running at "
                        + node.rpcUrl()
                        + " (pid "
                        + node.pid()
                        + "): stop it with `baton devnet down`");
    }
}
