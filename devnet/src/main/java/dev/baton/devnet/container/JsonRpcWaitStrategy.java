package dev.baton.devnet.container;

import dev.baton.devnet.rpc.Readiness;
import org.testcontainers.containers.ContainerLaunchException;
import org.testcontainers.containers.wait.strategy.AbstractWaitStrategy;

/**
 * Ready when the node answers {@code eth_chainId} on its mapped port. The image has no shell, so
 * Testcontainers' default port check (which runs a command inside the container) cannot be used.
 */
final class JsonRpcWaitStrategy extends AbstractWaitStrategy {

    private final int containerPort;

    JsonRpcWaitStrategy(int containerPort) {
        this.containerPort = containerPort;
    }

    @Override
    protected void waitUntilReady() {
        String url =
                rpcUrl(
                        waitStrategyTarget.getHost(),
                        waitStrategyTarget.getMappedPort(containerPort));
        try {
            Readiness.await(url, startupTimeout, waitStrategyTarget::isRunning);
        } catch (Readiness.NodeNotReadyException e) {
            throw new ContainerLaunchException("devnet container not ready: " + e.getMessage(), e);
        }
    }

    /** The published port is bound on IPv4; "localhost" could resolve to ::1 first. */
    static String rpcUrl(String host, int port) {
        String ipv4 = "localhost".equals(host) ? "127.0.0.1" : host;
        return "http://" + ipv4 + ":" + port;
    }
}
