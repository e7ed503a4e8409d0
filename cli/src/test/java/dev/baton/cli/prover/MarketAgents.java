package dev.baton.cli.prover;

import dev.baton.cli.agents.AgentProcesses;
import dev.baton.devnet.Devnet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * The market's two agents (operator and prover) as {@link AgentProcesses} in one directory, for
 * MarketAgentsIT.
 */
final class MarketAgents {
    /**
     * Hardhat stamps each block one second after the last: the chain's clock runs twice the wall
     * clock's.
     */
    static final long BLOCK_MILLIS = 500;

    private final Path dir;
    private final List<Process> started;

    MarketAgents(Path dir, List<Process> started) {
        this.dir = dir;
        this.started = started;
    }

    AgentProcesses.Miner startMiner(Devnet devnet) {
        return AgentProcesses.Miner.start(devnet, BLOCK_MILLIS, true);
    }

    /**
     * Starts {@code baton <role> run --agent config}, its output in {@code <role>.log}, and waits
     * for its /health.
     */
    Process start(String role, Path config, int port) throws Exception {
        return AgentProcesses.start(
                AgentProcesses.command(role, config, List.of()),
                port,
                dir.resolve(role + ".log"),
                started::add,
                this::logs);
    }

    String logs() {
        StringBuilder out = new StringBuilder();
        for (String role : List.of("operator", "prover")) {
            Path log = dir.resolve(role + ".log");
            if (Files.exists(log)) {
                out.append("--- ").append(role).append('\n').append(AgentProcesses.read(log));
            }
        }
        return out.toString();
    }

    void await(String what, BooleanSupplier condition, long seconds) throws InterruptedException {
        AgentProcesses.await(what, condition, seconds, this::logs);
    }

    /** The first file in {@code outbox} whose name starts with {@code prefix}, once there. */
    Path awaitFile(Path outbox, String prefix, long seconds) throws InterruptedException {
        Path[] found = new Path[1];
        await(
                "an attestation " + prefix + "* in " + outbox,
                () -> {
                    if (!Files.isDirectory(outbox)) {
                        return false;
                    }
                    try (Stream<Path> files = Files.list(outbox)) {
                        Optional<Path> file =
                                files.filter(
                                                f ->
                                                        f.getFileName()
                                                                        .toString()
                                                                        .startsWith(prefix)
                                                                && f.getFileName()
                                                                        .toString()
                                                                        .endsWith(".json"))
                                        .findFirst();
                        file.ifPresent(f -> found[0] = f);
                        return file.isPresent();
                    } catch (IOException e) {
                        return false;
                    }
                },
                seconds);
        return found[0];
    }
}
