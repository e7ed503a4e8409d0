package dev.baton.tx;

import dev.baton.errors.TxFailedOnChainException;
import dev.baton.signer.SignedTransaction;
import dev.baton.signer.Signer;
import dev.baton.signer.UnsignedTransaction;
import dev.baton.types.Address;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

/**
 * The one way Baton sends transactions. For each write it: dry-runs the call (its gas estimate, or
 * {@code eth_call} when the caller fixed the gas limit) so a revert surfaces as its typed exception
 * before a nonce is taken or gas is spent; takes the estimate plus a margin as the gas limit; takes
 * fees from one fee-history snapshot; reserves a nonce from the account's one authority; signs
 * once; sends the same bytes until the node's answer is certain, settling every ambiguity by the
 * transaction's hash ({@link Delivery}); and waits for the receipt. A receipt that reports failure
 * is replayed to throw the typed revert, or {@link TxFailedOnChainException}.
 *
 * <p>Thread-safe: any number of threads may send through one Transactor (and through several
 * sharing one key).
 */
public final class Transactor {
    private final EthNode node;
    private final Signer signer;
    private final TxOptions options;
    private final Clock clock;
    private final NonceAuthority nonces;
    private final FeeOracle fees;
    private final ReceiptWaiter receipts;
    private final Delivery delivery;
    private final Replacer replacer;
    private volatile boolean aligned;

    public Transactor(
            EthNode node,
            Signer signer,
            TxOptions options,
            Clock clock,
            NonceAuthorities registry) {
        this.node = node;
        this.signer = signer;
        this.options = options;
        this.clock = clock;
        this.nonces =
                registry.forAccount(
                        signer.chainId(),
                        node.genesisHash().orElse(""),
                        signer.address(),
                        () ->
                                options.retry()
                                        .call(
                                                clock,
                                                () ->
                                                        node.transactionCount(
                                                                signer.address(), true)));
        this.delivery = new Delivery(this, nonces, clock);
        this.replacer = new Replacer(this);
        this.fees = new FeeOracle(node, options.fees(), clock, options.retry());
        this.receipts = new ReceiptWaiter(node, options, clock);
    }

    public Address sender() {
        return signer.address();
    }

    public EthNode node() {
        return node;
    }

    /**
     * Read-only call as this sender at the latest block (not {@code pending}); a revert throws its
     * typed exception.
     */
    public String call(Address to, String data) {
        return retry(() -> node.callLatest(new CallRequest(signer.address(), to, data, null)));
    }

    /**
     * A view whose calls all read the block that is the latest now (one {@code eth_blockNumber}).
     */
    public PinnedView pinned() {
        return new PinnedView(this, retry(node::blockNumber));
    }

    /** Sends one transaction and waits for its receipt (and confirmations). */
    public TxReceipt send(TxRequest request) {
        return await(request, submit(request));
    }

    /**
     * Dry-runs, signs and hands one transaction to the node without waiting; {@link #await}
     * collects it. The transaction is signed once and its bytes re-sent on transient failures; see
     * {@link Delivery}.
     */
    public SignedTransaction submit(TxRequest request) {
        BigInteger gas = dryRun(request); // a revert throws here, before any nonce is reserved
        FeePolicy.Fees fee = fees.current();
        long nonce = reserveNonce();
        return delivery.deliver(
                nonce, n -> replacer.signAndRemember(unsigned(request, gas, fee, n)));
    }

    /**
     * Replace-by-fee: the same call at the same nonce with both fee fields at least 10 % higher
     * (and at least today's fees), never above the fee cap ({@link
     * dev.baton.errors.FeeBumpCappedException}). {@link #await} with the replacement collects
     * whichever version is mined; the nonce executes once.
     */
    public SignedTransaction replace(SignedTransaction stuck) {
        return replacer.replace(stuck);
    }

    /**
     * Cancels whatever waits at {@code nonce} (sent by this Transactor or not): a zero-value
     * transfer to the sender at that nonce, outbidding the known pending one by 10 %. Once it is
     * mined the account's queue behind it moves on.
     */
    public SignedTransaction cancel(long nonce) {
        return replacer.cancel(nonce);
    }

    /**
     * The dry run of one write, returning its gas limit. Without a given limit the gas estimate is
     * the dry run: it executes the call on the pending state and reports a revert with its data
     * exactly as {@code eth_call} does, so a separate {@code eth_call} would execute the same call
     * a second time for nothing. With a given limit, {@code eth_call}.
     */
    private BigInteger dryRun(TxRequest request) {
        CallRequest call =
                new CallRequest(signer.address(), request.to(), request.data(), request.value());
        if (request.gasLimit() != null) {
            retry(() -> node.call(call));
            return request.gasLimit();
        }
        return withMargin(retry(() -> node.estimateGas(call)));
    }

    /** Waits for a submitted transaction, then checks that it succeeded. */
    public TxReceipt await(TxRequest request, SignedTransaction signed) {
        try {
            return checked(
                    request,
                    receipts.await(
                            signed,
                            signer.address(),
                            options.stuck().replaces() ? replacer::replace : null));
        } finally {
            replacer.forget(signed);
        }
    }

    /**
     * Waits for any transaction handed over by this Transactor (a cancellation, say), without the
     * success check.
     */
    public TxReceipt awaitReceipt(SignedTransaction signed) {
        try {
            return receipts.await(signed, signer.address(), null);
        } finally {
            replacer.forget(signed);
        }
    }

    SignedTransaction signAndRemember(UnsignedTransaction unsigned) {
        return replacer.signAndRemember(unsigned);
    }

    void forget(SignedTransaction s) {
        replacer.forget(s);
    }

    java.math.BigInteger feeCap() {
        return options.fees().maxFeeCap();
    }

    /**
     * Sends many independent transactions from this key: the dry runs go in one JSON-RPC batch (a
     * gas estimate executes the call and reports its revert, so it is the dry run of a request
     * without a gas limit), the signed transactions in one more (on Hardhat: automine paused, one
     * block mined), the receipts in a third. Each outcome is the receipt or the typed error of that
     * transaction alone; a reverting dry run takes no nonce.
     */
    public List<Outcome<TxReceipt>> sendAll(List<TxRequest> requests) {
        return new BatchSender(this).sendAll(requests);
    }

    // ---- pieces shared with BatchSender ----

    List<Outcome<String>> dryRunAll(List<CallRequest> calls) {
        return retry(() -> node.callAll(calls));
    }

    List<Outcome<BigInteger>> estimateAll(List<CallRequest> calls) {
        return retry(() -> node.estimateGasAll(calls));
    }

    FeePolicy.Fees currentFees() {
        return fees.current();
    }

    NonceAuthority nonces() {
        return nonces;
    }

    Signer signer() {
        return signer;
    }

    UnsignedTransaction unsigned(
            TxRequest request, BigInteger gas, FeePolicy.Fees fee, long nonce) {
        return new UnsignedTransaction(
                signer.chainId(),
                nonce,
                fee.maxPriorityFeePerGas(),
                fee.maxFeePerGas(),
                gas,
                request.to(),
                request.value(),
                request.data());
    }

    BigInteger withMargin(BigInteger estimate) {
        return estimate.multiply(BigInteger.valueOf(100L + options.gasMarginPercent()))
                .divide(BigInteger.valueOf(100));
    }

    /**
     * Reserves a nonce. The first use of the account through this Transactor aligns the shared
     * authority with this node's pending count (one call, outside the authority's lock), so a fresh
     * chain that reuses a chain id (a restarted devnet) is followed rather than trusted from an
     * older view.
     */
    long reserveNonce() {
        align();
        return nonces.reserve();
    }

    void align() {
        if (!aligned) {
            long stamp = nonces.stamp();
            nonces.align(retry(() -> node.transactionCount(signer.address(), true)), stamp);
            aligned = true;
        }
    }

    Delivery delivery() {
        return delivery;
    }

    Duration sendTimeout() {
        return options.receiptTimeout();
    }

    Duration pollInterval() {
        return options.pollInterval();
    }

    RetryPolicy retryPolicy() {
        return options.retry();
    }

    TxReceipt checked(TxRequest request, TxReceipt receipt) {
        if (receipt.success()) {
            return receipt;
        }
        // Mined but reverted (the state changed after the dry run): replay on the state before its
        // block to get the typed reason; a ContractRevertException from the replay propagates as
        // is.
        CallRequest call =
                new CallRequest(signer.address(), request.to(), request.data(), request.value());
        retry(() -> node.callAt(call, receipt.blockNumber() - 1));
        throw new TxFailedOnChainException(receipt.hash(), receipt.blockNumber());
    }

    int confirmations() {
        return options.confirmations();
    }

    ReceiptWaiter receipts() {
        return receipts;
    }

    <T> T retry(Supplier<T> call) {
        return options.retry().call(clock, call);
    }
}
