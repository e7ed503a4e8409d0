package dev.baton.tx;

import dev.baton.errors.TransportException;
import dev.baton.signer.SignedTransaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch path of {@link Transactor#sendAll}: one JSON-RPC batch of dry runs (gas estimates, or eth_call where the
 * gas limit is given), one of signed sends, one of receipts; the per-transaction waiter only for stragglers.
 */
final class BatchSender {
    private final Transactor tx;
    private final List<Integer> acceptedIndex = new ArrayList<>();
    private final List<SignedTransaction> acceptedSigned = new ArrayList<>();

    BatchSender(Transactor tx) {
        this.tx = tx;
    }

    List<Outcome<TxReceipt>> sendAll(List<TxRequest> requests) {
        int n = requests.size();
        List<CallRequest> calls = new ArrayList<>(n);
        for (TxRequest r : requests) calls.add(new CallRequest(tx.sender(), r.to(), r.data(), r.value()));
        List<Outcome<TxReceipt>> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) results.add(null);

        // The dry run: eth_estimateGas executes the call and reports a revert exactly as eth_call does, so requests
        // without a gas limit are dry-run by their estimate (one execution each); the others by eth_call.
        List<Integer> toEstimateIndex = new ArrayList<>();
        List<Integer> toCallIndex = new ArrayList<>();
        for (int i = 0; i < n; i++) (requests.get(i).gasLimit() == null ? toEstimateIndex : toCallIndex).add(i);
        List<Outcome<BigInteger>> estimates = toEstimateIndex.isEmpty() ? List.of()
                : tx.estimateAll(toEstimateIndex.stream().map(calls::get).toList());
        List<Outcome<String>> dryRuns = toCallIndex.isEmpty() ? List.of()
                : tx.dryRunAll(toCallIndex.stream().map(calls::get).toList());
        List<BigInteger> gas = new ArrayList<>(n);
        for (int i = 0; i < n; i++) gas.add(requests.get(i).gasLimit());
        for (int k = 0; k < toEstimateIndex.size(); k++) {
            int i = toEstimateIndex.get(k);
            if (estimates.get(k).isOk()) gas.set(i, tx.withMargin(estimates.get(k).value()));
            else results.set(i, Outcome.failed(estimates.get(k).error()));
        }
        for (int k = 0; k < toCallIndex.size(); k++) {
            if (!dryRuns.get(k).isOk()) results.set(toCallIndex.get(k), Outcome.failed(dryRuns.get(k).error()));
        }
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < n; i++) if (results.get(i) == null) live.add(i);

        FeePolicy.Fees fees = tx.currentFees();
        synchronized (tx.nonces().sendOrderLock()) {
            signAndSend(requests, results, live, gas, fees);
        }
        awaitAccepted(requests, results);
        return results;
    }

    /** Nonces are reserved in request order; signing (the costly part on a local key) runs on all cores. */
    private void signAndSend(List<TxRequest> requests, List<Outcome<TxReceipt>> results, List<Integer> live,
            List<BigInteger> gas, FeePolicy.Fees fees) {
        long[] nonces = new long[live.size()];
        for (int k = 0; k < nonces.length; k++) nonces[k] = tx.nonces().reserve();
        Object[] signedOrFailure = new Object[live.size()];
        java.util.stream.IntStream.range(0, live.size()).parallel().forEach(k -> {
            int i = live.get(k);
            try {
                signedOrFailure[k] = tx.signer().sign(tx.unsigned(requests.get(i), gas.get(i), fees, nonces[k]));
            } catch (RuntimeException failure) {
                signedOrFailure[k] = failure;
            }
        });
        List<Integer> sentIndex = new ArrayList<>();
        List<SignedTransaction> signed = new ArrayList<>();
        for (int k = 0; k < signedOrFailure.length; k++) {
            int i = live.get(k);
            if (signedOrFailure[k] instanceof SignedTransaction s) {
                signed.add(s);
                sentIndex.add(i);
            } else {
                tx.nonces().release(nonces[k]);
                results.set(i, Outcome.failed((RuntimeException) signedOrFailure[k]));
            }
        }
        if (!signed.isEmpty()) sendSigned(results, sentIndex, signed);
    }

    private void sendSigned(List<Outcome<TxReceipt>> results, List<Integer> sentIndex, List<SignedTransaction> signed) {
        List<String> raws = signed.stream().map(SignedTransaction::raw).toList();
        List<Outcome<?>> sends;
        try {
            sends = List.copyOf(tx.retry(() -> tx.node().sendRawTransactions(raws)));
        } catch (TransportException whole) {
            for (SignedTransaction s : signed) tx.settleAfterFailedSend(s, whole);
            for (int i : sentIndex) results.set(i, Outcome.failed(whole));
            return;
        }
        for (int k = 0; k < signed.size(); k++) {
            SignedTransaction s = signed.get(k);
            Outcome<?> sent = sends.get(k);
            if (sent.isOk()) {
                tx.nonces().commit(s.nonce());
                acceptedIndex.add(sentIndex.get(k));
                acceptedSigned.add(s);
            } else {
                // A refused nonce would leave a gap before the later ones: the authority hands it out again first.
                if (sent.error() instanceof dev.baton.errors.NonceTooLowException) tx.nonces().nonceAlreadyUsed(s.nonce());
                else tx.nonces().release(s.nonce());
                results.set(sentIndex.get(k), Outcome.failed(sent.error()));
            }
        }
    }

    /**
     * One batched receipt query first (on Hardhat the batch was mined in one block, so usually all are there); only
     * the transactions without a receipt yet, or needing confirmations, go through the per-transaction waiter.
     */
    private void awaitAccepted(List<TxRequest> requests, List<Outcome<TxReceipt>> results) {
        List<java.util.Optional<TxReceipt>> mined = acceptedSigned.isEmpty() || tx.confirmations() > 1
                ? java.util.Collections.nCopies(acceptedSigned.size(), java.util.Optional.empty())
                : tx.retry(() -> tx.node().receiptsAll(acceptedSigned.stream().map(SignedTransaction::hash).toList()));
        for (int k = 0; k < acceptedIndex.size(); k++) {
            int i = acceptedIndex.get(k);
            java.util.Optional<TxReceipt> receipt = mined.get(k);
            try {
                results.set(i, Outcome.ok(receipt.isPresent()
                        ? tx.checked(requests.get(i), receipt.get())
                        : tx.await(requests.get(i), acceptedSigned.get(k))));
            } catch (RuntimeException failure) {
                results.set(i, Outcome.failed(failure));
            }
        }
    }
}
