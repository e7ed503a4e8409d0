package dev.baton.devnet.anvil;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How an anvil devnet runs.
 *
 * @param stateFile where the chain is kept across {@code stopNode()}/{@code startNode()} ({@code --state}); null: a
 *     file in the project's devnet work directory, deleted on close
 * @param blockTime interval mining period ({@code --block-time}); null: automine (a block per transaction)
 * @param hostPort the loopback port to listen on; 0: a free one
 */
public record AnvilOptions(Path stateFile, Duration blockTime, int hostPort) {
    public static final AnvilOptions DEFAULT = new AnvilOptions(null, null, 0);

    public AnvilOptions {
        if (blockTime != null && (blockTime.isNegative() || blockTime.isZero() || blockTime.toMillis() % 1000 != 0)) {
            throw new IllegalArgumentException("anvil 'blockTime' must be a positive whole number of seconds, was " + blockTime);
        }
        if (hostPort < 0 || hostPort > 65535) throw new IllegalArgumentException("anvil 'hostPort' must be 0..65535, was " + hostPort);
    }

    public AnvilOptions withBlockTime(Duration period) {
        return new AnvilOptions(stateFile, period, hostPort);
    }

    public AnvilOptions withStateFile(Path file) {
        return new AnvilOptions(file, blockTime, hostPort);
    }

    public AnvilOptions withHostPort(int port) {
        return new AnvilOptions(stateFile, blockTime, port);
    }
}
