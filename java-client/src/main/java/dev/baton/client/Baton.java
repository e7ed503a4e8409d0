package dev.baton.client;

import dev.baton.errors.ChainIdMismatchException;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.Signer;
import dev.baton.tx.Clock;
import dev.baton.tx.EthNode;
import dev.baton.tx.NonceAuthorities;
import dev.baton.tx.Transactor;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;

/**
 * The entry point: a connection to one Baton deployment with one signer. Role clients come from here and share its
 * transaction layer (one nonce authority per key per JVM).
 *
 * <pre>{@code
 * try (Baton baton = Baton.connect(DeploymentManifest.read(path), signer)) {
 *     baton.stake().deposit("BTN", Amount.parse("amount", "100", 18));
 * }
 * }</pre>
 */
public final class Baton implements AutoCloseable {
    private final DeploymentManifest manifest;
    private final EthNode node;
    private final Transactor transactor;
    private final AutoCloseable closer;

    private Baton(DeploymentManifest manifest, EthNode node, Transactor transactor, AutoCloseable closer) {
        this.manifest = manifest;
        this.node = node;
        this.transactor = transactor;
        this.closer = closer;
    }

    public static Baton connect(DeploymentManifest manifest, Signer signer) {
        return connect(manifest, signer, BatonOptions.defaults());
    }

    /** Connects to the manifest's node (or {@code options.rpcUrl()}) after checking the chain id of node and signer. */
    public static Baton connect(DeploymentManifest manifest, Signer signer, BatonOptions options) {
        String url = options.rpcUrl() != null ? options.rpcUrl() : manifest.rpcUrl();
        if (url == null || url.isBlank()) throw new IllegalArgumentException("no RPC URL: manifest field 'rpcUrl' is empty and no override given");
        Web3jNode node = Web3jNode.connect(url);
        try {
            return connect(manifest, signer, node, options, Clock.system(), node);
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    /** The same over any {@link EthNode} (tests, other transports). */
    public static Baton connect(DeploymentManifest manifest, Signer signer, EthNode node, BatonOptions options, Clock clock,
            AutoCloseable closer) {
        long nodeChain = node.chainId().value();
        if (nodeChain != manifest.chainId()) throw new ChainIdMismatchException("the deployment manifest", manifest.chainId(), nodeChain);
        if (signer.chainId().value() != manifest.chainId()) {
            throw new ChainIdMismatchException("the signer " + signer.address(), signer.chainId().value(), manifest.chainId());
        }
        Transactor tx = new Transactor(node, signer, options.toTxOptions(signer.chainId()), clock, NonceAuthorities.shared());
        return new Baton(manifest, node, tx, closer);
    }

    public DeploymentManifest manifest() {
        return manifest;
    }

    /** The signer's account. */
    public Address account() {
        return transactor.sender();
    }

    /** The shared transaction layer, for role clients. */
    public Transactor transactor() {
        return transactor;
    }

    public StakeClient stake() {
        return new StakeClient(transactor, stakeView(), tokens());
    }

    public StakeView stakeView() {
        Address registry = manifest.contracts().containsKey("RollupRegistry") ? contract("RollupRegistry") : null;
        return new StakeView(node, contract("StakeVault"), registry, this::token);
    }

    public TokenClient tokens() {
        return new TokenClient(transactor, this::token);
    }

    /** A manifest contract address, with an error naming the entry when it is missing or malformed. */
    public Address contract(String name) {
        return Address.parse("manifest contracts." + name, manifest.contract(name));
    }

    /** A stake token address by symbol, with an error naming the symbol when unknown or malformed. */
    public Address token(String symbol) {
        return Address.parse("manifest tokens." + symbol, manifest.token(symbol));
    }

    @Override
    public void close() {
        try {
            if (closer != null) closer.close();
        } catch (Exception e) {
            throw new IllegalStateException("closing the node connection failed: " + e.getMessage(), e);
        }
    }
}
