package dev.baton.devnet.rpc;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits until a node answers {@code eth_chainId}; a node that stops starting (process died) fails
 * fast.
 */
public final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);

    private Readiness() {}

    /**
     * Polls {@code rpcUrl} until it answers and returns the chain id.
     *
     * @param stillStarting false once the node can no longer come up (its process exited), to stop
     *     waiting early
     * @throws NodeNotReadyException on timeout or when {@code stillStarting} turns false
     */
    public static long await(String rpcUrl, Duration timeout, BooleanSupplier stillStarting) {
        try (DevnetControl probe = DevnetControl.probe(rpcUrl)) {
            return poll(probe, rpcUrl, timeout, stillStarting);
        }
    }

    private static long poll(
            DevnetControl probe, String rpcUrl, Duration timeout, BooleanSupplier stillStarting) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException last = null;
        while (System.nanoTime() < deadline) {
            if (!stillStarting.getAsBoolean()) {
                throw new NodeNotReadyException(
                        "the node for " + rpcUrl + " stopped before answering eth_chainId");
            }
            try {
                return probe.chainId();
            } catch (RuntimeException e) {
                last = e;
            }
            sleep(POLL_INTERVAL);
        }
        throw new NodeNotReadyException(
                "no answer to eth_chainId from "
                        + rpcUrl
                        + " within "
                        + timeout.toMillis()
                        + " ms"
                        + (last == null ? "" : " (last error: " + last.getMessage() + ")"));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NodeNotReadyException("interrupted while waiting for the node");
        }
    }

    /** The node did not become ready. */
    public static final class NodeNotReadyException extends RuntimeException {
        public NodeNotReadyException(String message) {
            super(message);
        }
    }
}
