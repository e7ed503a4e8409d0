package dev.baton.client.market;

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

    /** The domain leaf attestations for this market are signed in: the market's own (AttestationVerifier binds them). */
    public Eip712Domain attestationDomain() {
        return voteDomain();
    }

    public MarketParams params() {
        return MarketParams.decode(call(Calldata.function("params()")));
    }

    /** The stake token and the minimum prover bond. */
    public MarketConfig config() {
        Words w = Words.of(call(Calldata.function("config()")));
        return new MarketConfig(w.address(0), w.address(1), w.address(2), Amount.of(w.uint(3)));
    }

    /** Last finalised height (0 before the first block). */
    public long headHeight() {
        return Words.of(call(Calldata.function("head()"))).longValue(0);
    }

    public Bytes32 headHash() {
        return Words.of(call(Calldata.function("head()"))).bytes32(1);
    }

    public Amount burnPrice() {
        return Amount.of(Words.of(call(Calldata.function("burnPrice()"))).uint(0));
    }

    /** Smallest burn bid a transcript with {@code numProvers} distinct provers may offer. */
    public Amount requiredBurn(int numProvers) {
        return Amount.of(Words.of(call(Calldata.function("requiredBurn(uint256)").uint(numProvers))).uint(0));
    }

    /** The transcript {@code proposer} committed with {@code blockCommitment} at {@code height}. */
    public TranscriptState transcript(long height, Address proposer, Bytes32 blockCommitment) {
        return TranscriptState.decode(call(Calldata.function("transcriptOf(uint64,address,bytes32)")
                .uint(height).address(proposer).bytes32(blockCommitment)));
    }

    public RoundState round(long height) {
        return RoundState.decode(call(Calldata.function("roundOf(uint64)").uint(height)));
    }

    public ProverBond prover(Address prover) {
        return ProverBond.decode(call(Calldata.function("proverOf(address)").address(prover)));
    }

    /** Credited rewards {@code account} can claim. */
    public Amount claimable(Address account) {
        return Amount.of(Words.of(call(Calldata.function("claimableOf(address)").address(account))).uint(0));
    }

    /** Funded rewards not yet assigned to a block. */
    public Amount rewardsAvailable() {
        return Amount.of(Words.of(call(Calldata.function("rewardsAvailable()"))).uint(0));
    }

    /** Whether assignment {@code position} contributed to the transcript's proof, and whether it is settled. */
    public PositionState position(long height, Address proposer, Bytes32 blockCommitment, int position) {
        Words w = Words.of(call(Calldata.function("positionState(uint64,address,bytes32,uint256)")
                .uint(height).address(proposer).bytes32(blockCommitment).uint(position)));
        return new PositionState(w.bool(0), w.bool(1));
    }

    private String call(Calldata data) {
        return node.call(new CallRequest(null, market, data.hex(), null));
    }
}
