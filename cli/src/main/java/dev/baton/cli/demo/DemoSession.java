package dev.baton.cli.demo;

import dev.baton.cli.config.SignerFactory;
import dev.baton.client.Baton;
import dev.baton.client.BatonOptions;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevAccounts;
import dev.baton.signer.DevKeySigner;
import dev.baton.tx.Clock;
import dev.baton.types.ChainId;
import java.util.HashMap;
import java.util.Map;

/**
 * The demo's connections: one timed node shared by every participant's {@link Baton}, so the node's
 * share of the wall time covers all of them. Closing the session closes the node once.
 */
public final class DemoSession implements AutoCloseable {
    private final DeploymentManifest manifest;
    private final TimedNode node;
    private final BatonOptions options;
    private final Clock clock;
    private final DemoChain chain;
    private static final String GAS_MONEY_WEI = "0x56bc75e2d63100000"; // 100 ETH
    private final Map<Integer, Baton> connections = new HashMap<>();

    public DemoSession(
            DeploymentManifest manifest, TimedNode node, NodeTimer timer, BatonOptions options) {
        if (manifest.chainId() != ChainId.DEVNET.value()) {
            throw new IllegalArgumentException(
                    "the demo signs with development keys and runs on the devnet (chain "
                            + ChainId.DEVNET
                            + ") only; manifest chain id was "
                            + manifest.chainId());
        }
        this.manifest = manifest;
        this.node = node;
        this.options = options;
        this.clock = new TimedClock(Clock.system(), timer);
        this.chain = new DemoChain(node);
    }

    public DeploymentManifest manifest() {
        return manifest;
    }

    /** Mining control of the devnet the demo runs on. */
    public DemoChain chain() {
        return chain;
    }

    /** The operator's connection (development account 0). */
    public Baton operator() {
        return connection(Participant.OPERATOR_KEY);
    }

    public Baton as(Participant participant) {
        return connection(participant.devKeyIndex());
    }

    /** Accounts past the twenty a Hardhat node funds get gas money on first use. */
    private synchronized Baton connection(int devKey) {
        return connections.computeIfAbsent(
                devKey,
                key -> {
                    DevKeySigner signer =
                            DevKeySigner.of(SignerFactory.devPrivateKey(key), ChainId.DEVNET);
                    if (key >= DevAccounts.HARDHAT_ACCOUNT_COUNT) {
                        chain.setBalance(signer.address(), GAS_MONEY_WEI);
                    }
                    return Baton.connect(manifest, signer, node, options, clock, null);
                });
    }

    @Override
    public void close() throws Exception {
        node.close();
    }
}
