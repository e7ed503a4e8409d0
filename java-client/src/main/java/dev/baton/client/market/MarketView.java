package dev.baton.client.market;

import dev.baton.internal.abi.AbiCall;
import dev.baton.internal.market.MarketAbi;
import dev.baton.market.Bytes32;
import dev.baton.market.Eip712Domain;
import dev.baton.tx.CallRequest;
import dev.baton.tx.EthNode;
import dev.baton.types.Address;
import dev.baton.types.Amount;

/** Read-only queries of one rollup's BlockMarket: needs no signer. */
public final class MarketView {
    private final EthNode node;
    private final Address market;
    private volatile Eip712Domain domain;

    public MarketView(EthNode node, Address market) {
        this.node = node;
        this.market = market;
    }

    public Address market() {
        return market;
    }

    /** The domain provers sign votes in (the chain id is asked once per view, then cached). */
    public Eip712Domain voteDomain() {
        Eip712Domain d = domain;
        if (d == null) {
            d = Eip712Domain.blockMarket(node.chainId(), market);
            domain = d;
        }
        return d;
    }

    /**
     * The domain leaf attestations for this market are signed in: the market's own
     * (AttestationVerifier binds them).
     */
    public Eip712Domain attestationDomain() {
        return voteDomain();
    }

    public MarketParams params() {
        return call(MarketAbi.params());
    }

    /** The stake token and the minimum prover bond. */
    public MarketConfig config() {
        return call(MarketAbi.config());
    }

    /** Last finalised height (0 before the first block). */
    public long headHeight() {
        return call(MarketAbi.head()).height();
    }

    public Bytes32 headHash() {
        return call(MarketAbi.head()).hash();
    }

    public Amount burnPrice() {
        return call(MarketAbi.burnPrice());
    }

    /** Smallest burn bid a transcript with {@code numProvers} distinct provers may offer. */
    public Amount requiredBurn(int numProvers) {
        return call(MarketAbi.requiredBurn(numProvers));
    }

    /** The transcript {@code proposer} committed with {@code blockCommitment} at {@code height}. */
    public TranscriptState transcript(long height, Address proposer, Bytes32 blockCommitment) {
        return call(MarketAbi.transcriptOf(height, proposer, blockCommitment));
    }

    public RoundState round(long height) {
        return call(MarketAbi.roundOf(height));
    }

    public ProverBond prover(Address prover) {
        return call(MarketAbi.proverOf(prover));
    }

    /** Credited rewards {@code account} can claim. */
    public Amount claimable(Address account) {
        return call(MarketAbi.claimableOf(account));
    }

    /** Funded rewards not yet assigned to a block. */
    public Amount rewardsAvailable() {
        return call(MarketAbi.rewardsAvailable());
    }

    /**
     * Whether assignment {@code position} contributed to the transcript's proof, and whether it is
     * settled.
     */
    public PositionState position(
            long height, Address proposer, Bytes32 blockCommitment, int position) {
        return call(MarketAbi.positionState(height, proposer, blockCommitment, position));
    }

    private <T> T call(AbiCall<T> call) {
        return call.decode(node.call(new CallRequest(null, market, call.data(), null)));
    }
}
