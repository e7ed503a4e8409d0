package dev.baton.tx;

import dev.baton.errors.TransportException;
import dev.baton.signer.SignedTransaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The batch path of {@link Transactor#sendAll}: three JSON-RPC batches (dry run, estimate, send), then receipts. */
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

        List<Outcome<String>> dryRuns = tx.dryRunAll(calls);
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (dryRuns.get(i).isOk()) live.add(i);
            else results.set(i, Outcome.failed(dryRuns.get(i).error()));
        }
        List<CallRequest> toEstimate = new ArrayList<>();
        for (int i : live) if (requests.get(i).gasLimit() == null) toEstimate.add(calls.get(i));
        List<Outcome<BigInteger>> estimates = toEstimate.isEmpty() ? List.of() : tx.estimateAll(toEstimate);

        FeePolicy.Fees fees = tx.currentFees();
        synchronized (tx.nonces().sendOrderLock()) {
            signAndSend(requests, results, live, estimates, fees);
        }
        awaitAccepted(requests, results);
        return results;
    }

    private void signAndSend(List<TxRequest> requests, List<Outcome<TxReceipt>> results, List<Integer> live,
            List<Outcome<BigInteger>> estimates, FeePolicy.Fees fees) {
        List<Integer> sentIndex = new ArrayList<>();
        List<SignedTransaction> signed = new ArrayList<>();
        int e = 0;
        for (int i : live) {
            TxRequest r = requests.get(i);
            BigInteger gas = r.gasLimit();
            if (gas == null) {
                Outcome<BigInteger> estimate = estimates.get(e++);
                if (!estimate.isOk()) {
                    results.set(i, Outcome.failed(estimate.error()));
                    continue;
                }
                gas = tx.withMargin(estimate.value());
            }
            long nonce = tx.nonces().reserve();
            try {
                signed.add(tx.signer().sign(tx.unsigned(r, gas, fees, nonce)));
                sentIndex.add(i);
            } catch (RuntimeException failure) {
                tx.nonces().release(nonce);
                results.set(i, Outcome.failed(failure));
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

    private void awaitAccepted(List<TxRequest> requests, List<Outcome<TxReceipt>> results) {
        for (int k = 0; k < acceptedIndex.size(); k++) {
            int i = acceptedIndex.get(k);
            try {
                results.set(i, Outcome.ok(tx.await(requests.get(i), acceptedSigned.get(k))));
            } catch (RuntimeException failure) {
                results.set(i, Outcome.failed(failure));
            }
        }
    }
}
