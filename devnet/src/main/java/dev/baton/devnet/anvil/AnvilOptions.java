package dev.baton.devnet.anvil;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How an anvil devnet runs.
 *
 * @param stateFile where the chain is kept across {@code stopNode()}/{@code startNode()} ({@code
 *     --state}); null: a file in the project's devnet work directory, deleted on close
 * @param blockTime interval mining period ({@code --block-time}); null: automine (a block per
 *     transaction)
 * @param hostPort the loopback port to listen on; 0: a free one
 * @param chainId the chain id the node reports ({@code --chain-id}); null: anvil's default, the
 *     devnet's 31337. Another id makes the node stand in for a real chain (e.g. 11155111), where
 *     development keys and {@code devnet mine} are refused
 */
public record AnvilOptions(Path stateFile, Duration blockTime, int hostPort, Long chainId) {
    public static final AnvilOptions DEFAULT = new AnvilOptions(null, null, 0, null);

    /** On the devnet's chain id. */
    public AnvilOptions(Path stateFile, Duration blockTime, int hostPort) {
        this(stateFile, blockTime, hostPort, null);
    }

    public AnvilOptions {
        if (blockTime != null
                && (blockTime.isNegative()
                        || blockTime.isZero()
                        || blockTime.toMillis() % 1000 != 0)) {
            throw new IllegalArgumentException(
                    "anvil 'blockTime' must be a positive whole number of seconds, was "
                            + blockTime);
        }
        if (hostPort < 0 || hostPort > 65535) {
            throw new IllegalArgumentException(
                    "anvil 'hostPort' must be 0..65535, was " + hostPort);
        }
        if (chainId != null && chainId <= 0) {
            throw new IllegalArgumentException("anvil 'chainId' must be positive, was " + chainId);
        }
    }

    public AnvilOptions withBlockTime(Duration period) {
        return new AnvilOptions(stateFile, period, hostPort, chainId);
    }

    public AnvilOptions withStateFile(Path file) {
        return new AnvilOptions(file, blockTime, hostPort, chainId);
    }

    public AnvilOptions withHostPort(int port) {
        return new AnvilOptions(stateFile, blockTime, port, chainId);
    }

    public AnvilOptions withChainId(long id) {
        return new AnvilOptions(stateFile, blockTime, hostPort, id);
    }
}
