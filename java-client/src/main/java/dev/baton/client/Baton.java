package dev.baton.client;

import dev.baton.client.auction.AuctionOperatorClient;
import dev.baton.client.auction.AuctionView;
import dev.baton.client.auction.SequencerClient;
import dev.baton.client.market.MarketOperatorClient;
import dev.baton.client.market.MarketView;
import dev.baton.client.market.ProposerClient;
import dev.baton.client.market.ProverClient;
import dev.baton.client.registry.ContractReader;
import dev.baton.client.registry.RegistryClient;
import dev.baton.client.registry.RegistryView;
import dev.baton.errors.ChainIdMismatchException;
import dev.baton.internal.client.RoleContext;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.Signer;
import dev.baton.tx.Clock;
import dev.baton.tx.EthNode;
import dev.baton.tx.NonceAuthorities;
import dev.baton.tx.Transactor;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;

/**
 * The entry point: a connection to one Baton deployment with one signer. Every role client comes
 * from here and shares its transaction layer (one nonce authority per key per JVM) and its signer
 * (which also signs the market's EIP-712 votes and attestations):
 *
 * <ul>
 *   <li>{@link #stake()}, {@link #tokens()}: the stake vault and the stake tokens;
 *   <li>{@link #registry()}: register rollups, governance through the timelock;
 *   <li>{@link #sequencer(Address)}, {@link #auctionOperator(Address)}: a rollup's slot auction;
 *   <li>{@link #prover(Address)}, {@link #proposer(Address)}, {@link #marketOperator(Address)}: a
 *       rollup's block market;
 *   <li>{@link #stakeView()}, {@link #registryView()}, {@link #auctionView(Address)}, {@link
 *       #marketView(Address)}: reads.
 * </ul>
 *
 * A rollup's module (its auction or market) is found with {@code
 * baton.registryView().moduleOf(rollupId)}.
 *
 * <pre>{@code
 * try (Baton baton = Baton.connect(DeploymentManifest.read(path), signer)) {
 *     baton.stake().deposit("BTN", Amount.parse("amount", "100", 18));
 *     Address auction = baton.registryView().moduleOf(1).module();
 *     int entry = baton.sequencer(auction).bid(epoch, baton.token("BTN"), Amount.parse("bid", "50", 18));
 * }
 * }</pre>
 */
public final class Baton implements AutoCloseable {
    private final DeploymentManifest manifest;
    private final EthNode node;
    private final Transactor transactor;
    private final RoleContext roles;
    private final AutoCloseable closer;

    private Baton(
            DeploymentManifest manifest,
            EthNode node,
            Transactor transactor,
            Signer signer,
            AutoCloseable closer) {
        this.manifest = manifest;
        this.node = node;
        this.transactor = transactor;
        this.closer = closer;
        this.roles = new RoleContext(this, signer);
    }

    public static Baton connect(DeploymentManifest manifest, Signer signer) {
        return connect(manifest, signer, BatonOptions.defaults());
    }

    /**
     * Connects to the manifest's node (or {@code options.rpcUrl()}) after checking the chain id of
     * node and signer.
     */
    public static Baton connect(DeploymentManifest manifest, Signer signer, BatonOptions options) {
        String url = options.rpcUrl() != null ? options.rpcUrl() : manifest.rpcUrl();
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(
                    "no RPC URL: manifest field 'rpcUrl' is empty and no override given");
        }
        Web3jNode node = Web3jNode.connect(url);
        try {
            return connect(manifest, signer, node, options, Clock.system(), node);
        } catch (RuntimeException e) {
            node.close();
            throw e;
        }
    }

    /** The same over any {@link EthNode} (tests, other transports). */
    public static Baton connect(
            DeploymentManifest manifest,
            Signer signer,
            EthNode node,
            BatonOptions options,
            Clock clock,
            AutoCloseable closer) {
        long nodeChain = node.chainId().value();
        if (nodeChain != manifest.chainId()) {
            throw new ChainIdMismatchException(
                    "the deployment manifest", manifest.chainId(), nodeChain);
        }
        if (signer.chainId().value() != manifest.chainId()) {
            throw new ChainIdMismatchException(
                    "the signer " + signer.address(), signer.chainId().value(), manifest.chainId());
        }
        Transactor tx =
                new Transactor(
                        node,
                        signer,
                        options.toTxOptions(signer.chainId()),
                        clock,
                        NonceAuthorities.shared());
        return new Baton(manifest, node, tx, signer, closer);
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
        Address registry =
                manifest.contracts().containsKey("RollupRegistry")
                        ? contract("RollupRegistry")
                        : null;
        return new StakeView(node, contract("StakeVault"), registry, this::token);
    }

    public TokenClient tokens() {
        return new TokenClient(transactor, this::token);
    }

    /**
     * The registry's client (manifest entry {@value RegistryView#CONTRACT}): register rollups,
     * governance.
     */
    public RegistryClient registry() {
        return new RegistryClient(roles);
    }

    /**
     * Read-only queries of the registry and its modules (manifest entry {@value
     * RegistryView#CONTRACT}).
     */
    public RegistryView registryView() {
        return new RegistryView(ContractReader.of(node), contract(RegistryView.CONTRACT), manifest);
    }

    /** A sequencer's (or delegator's) client of the slot auction at {@code auction}. */
    public SequencerClient sequencer(Address auction) {
        return new SequencerClient(roles, auction);
    }

    /** The operator's client of the slot auction at {@code auction}: seal epochs, fund rewards. */
    public AuctionOperatorClient auctionOperator(Address auction) {
        return new AuctionOperatorClient(roles, auction);
    }

    /** Read-only queries of the slot auction at {@code auction}. */
    public AuctionView auctionView(Address auction) {
        return new AuctionView(node, auction);
    }

    /**
     * A prover's client of the block market at {@code market}; the connection's signer signs its
     * votes.
     */
    public ProverClient prover(Address market) {
        return new ProverClient(roles, market);
    }

    /** A proposer's client of the block market at {@code market}. */
    public ProposerClient proposer(Address market) {
        return new ProposerClient(roles, market);
    }

    /**
     * The operator's client of the block market at {@code market}: finalise, credit, slash, rank.
     */
    public MarketOperatorClient marketOperator(Address market) {
        return new MarketOperatorClient(roles, market);
    }

    /** Read-only queries of the block market at {@code market}. */
    public MarketView marketView(Address market) {
        return new MarketView(node, market);
    }

    /**
     * A manifest contract address, with an error naming the entry when it is missing or malformed.
     */
    public Address contract(String name) {
        return Address.parse("manifest contracts." + name, manifest.contract(name));
    }

    /**
     * A stake token address by symbol, with an error naming the symbol when unknown or malformed.
     */
    public Address token(String symbol) {
        return Address.parse("manifest tokens." + symbol, manifest.token(symbol));
    }

    @Override
    public void close() {
        try {
            if (closer != null) {
                closer.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException(
                    "closing the node connection failed: " + e.getMessage(), e);
        }
    }
}
