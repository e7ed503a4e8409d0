package dev.baton.tx;

import dev.baton.errors.TransportException;
import dev.baton.errors.TxOutcomeUnknownException;
import dev.baton.signer.SignedTransaction;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The batch path of {@link Transactor#sendAll}: one JSON-RPC batch of dry runs (gas estimates, or
 * eth_call where the gas limit is given), one of signed sends, one of receipts; the per-transaction
 * waiter only for stragglers. Each transaction is signed once; a send answer that is not a plain
 * success is settled by its hash like a single send ({@link Delivery}); only a transaction whose
 * nonce another one took is signed again, through the single path.
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
        for (TxRequest r : requests) {
            calls.add(new CallRequest(tx.sender(), r.to(), r.data(), r.value()));
        }
        List<Outcome<TxReceipt>> results = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            results.add(null);
        }

        // The dry run: eth_estimateGas executes the call and reports a revert exactly as eth_call
        // does, so requests without a gas limit are dry-run by their estimate (one execution each);
        // the others by eth_call.
        List<Integer> toEstimateIndex = new ArrayList<>();
        List<Integer> toCallIndex = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            (requests.get(i).gasLimit() == null ? toEstimateIndex : toCallIndex).add(i);
        }
        List<Outcome<BigInteger>> estimates =
                toEstimateIndex.isEmpty()
                        ? List.of()
                        : tx.estimateAll(toEstimateIndex.stream().map(calls::get).toList());
        List<Outcome<String>> dryRuns =
                toCallIndex.isEmpty()
                        ? List.of()
                        : tx.dryRunAll(toCallIndex.stream().map(calls::get).toList());
        List<BigInteger> gas = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            gas.add(requests.get(i).gasLimit());
        }
        for (int k = 0; k < toEstimateIndex.size(); k++) {
            int i = toEstimateIndex.get(k);
            if (estimates.get(k).isOk()) {
                gas.set(i, tx.withMargin(estimates.get(k).value()));
            } else {
                results.set(i, Outcome.failed(estimates.get(k).error()));
            }
        }
        for (int k = 0; k < toCallIndex.size(); k++) {
            if (!dryRuns.get(k).isOk()) {
                results.set(toCallIndex.get(k), Outcome.failed(dryRuns.get(k).error()));
            }
        }
        List<Integer> live = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (results.get(i) == null) {
                live.add(i);
            }
        }

        FeePolicy.Fees fees = tx.currentFees();
        if (!live.isEmpty()) {
            signAndSend(requests, results, live, gas, fees);
        }
        awaitAccepted(requests, results);
        return results;
    }

    /**
     * Nonces are reserved in request order; signing (the costly part on a local key) runs on all
     * cores.
     */
    private void signAndSend(
            List<TxRequest> requests,
            List<Outcome<TxReceipt>> results,
            List<Integer> live,
            List<BigInteger> gas,
            FeePolicy.Fees fees) {
        tx.align(); // the authority follows this node on first use
        NonceAuthority authority = tx.nonces();
        long[] nonces = authority.reserveAll(live.size());
        boolean[] settled = new boolean[live.size()];
        try {
            Object[] signedOrFailure = new Object[live.size()];
            IntStream.range(0, live.size())
                    .parallel()
                    .forEach(
                            k -> {
                                int i = live.get(k);
                                try {
                                    signedOrFailure[k] =
                                            tx.signAndRemember(
                                                    tx.unsigned(
                                                            requests.get(i),
                                                            gas.get(i),
                                                            fees,
                                                            nonces[k]));
                                } catch (RuntimeException failure) {
                                    signedOrFailure[k] = failure;
                                }
                            });
            List<Integer> sentK = new ArrayList<>();
            for (int k = 0; k < signedOrFailure.length; k++) {
                if (signedOrFailure[k] instanceof SignedTransaction) {
                    sentK.add(k);
                } else {
                    authority.release(nonces[k]);
                    settled[k] = true;
                    results.set(live.get(k), Outcome.failed((RuntimeException) signedOrFailure[k]));
                }
            }
            long[] sending = sentK.stream().mapToLong(k -> nonces[k]).toArray();
            authority.awaitBatchTurn(sending);
            List<String> raws =
                    sentK.stream()
                            .map(k -> ((SignedTransaction) signedOrFailure[k]).raw())
                            .toList();
            List<Outcome<?>> sends = null;
            if (!raws.isEmpty()) {
                try {
                    sends = List.copyOf(tx.retry(() -> tx.node().sendRawTransactions(raws)));
                } catch (TransportException whole) {
                    // each transaction then goes through the single-send settlement below
                    sends = null;
                }
            }
            for (int j = 0; j < sentK.size(); j++) {
                int k = sentK.get(j);
                SignedTransaction s = (SignedTransaction) signedOrFailure[k];
                Delivery.Verdict verdict =
                        sends == null
                                ? tx.delivery().broadcast(s)
                                : sends.get(j).isOk()
                                        ? Delivery.Verdict.accepted()
                                        : settle(s, sends.get(j).error());
                settled[k] = true;
                settleOne(requests, results, live.get(k), s, verdict, gas.get(live.get(k)), fees);
            }
        } finally {
            for (int k = 0; k < settled.length; k++) {
                if (!settled[k]) {
                    authority.release(nonces[k]);
                }
            }
        }
    }

    private Delivery.Verdict settle(SignedTransaction s, RuntimeException error) {
        // A transient answer (rate limit, busy): the same bytes go again on the single-send path.
        if (error instanceof TransportException t && t.isTransient()) {
            return tx.delivery().broadcast(s);
        }
        if (error instanceof dev.baton.errors.NonceTooLowException
                || error instanceof dev.baton.errors.NonceTooHighException) {
            return tx.delivery().settleNonceAnswer(s, (TransportException) error);
        }
        return tx.delivery().settleRefusal(s, error);
    }

    private void settleOne(
            List<TxRequest> requests,
            List<Outcome<TxReceipt>> results,
            int i,
            SignedTransaction s,
            Delivery.Verdict verdict,
            BigInteger gas,
            FeePolicy.Fees fees) {
        NonceAuthority authority = tx.nonces();
        switch (verdict.kind()) {
            case ACCEPTED -> {
                authority.commit(s.nonce());
                acceptedIndex.add(i);
                acceptedSigned.add(s);
            }
            case NOT_SENT -> {
                tx.forget(s);
                authority.release(s.nonce());
                results.set(i, Outcome.failed(verdict.failure()));
            }
            case IN_DOUBT -> {
                authority.commit(s.nonce());
                results.set(
                        i,
                        Outcome.failed(
                                new TxOutcomeUnknownException(
                                        s.hash(), s.nonce(), verdict.failure())));
            }
            case NONCE_MOVED -> {
                // Another transaction holds this nonce (or the node lost the ones below): ours
                // never ran, sign anew.
                authority.taken(s.nonce(), verdict.nodeNonce());
                try {
                    SignedTransaction again =
                            tx.delivery()
                                    .deliver(
                                            tx.reserveNonce(),
                                            nonce ->
                                                    tx.signAndRemember(
                                                            tx.unsigned(
                                                                    requests.get(i),
                                                                    gas,
                                                                    fees,
                                                                    nonce)));
                    acceptedIndex.add(i);
                    acceptedSigned.add(again);
                } catch (RuntimeException failure) {
                    results.set(i, Outcome.failed(failure));
                }
            }
        }
    }

    /**
     * One batched receipt query first (on Hardhat the batch was mined in one block, so usually all
     * are there); only the transactions without a receipt yet, or needing confirmations, go through
     * the per-transaction waiter.
     */
    private void awaitAccepted(List<TxRequest> requests, List<Outcome<TxReceipt>> results) {
        List<java.util.Optional<TxReceipt>> mined =
                acceptedSigned.isEmpty() || tx.confirmations() > 1
                        ? java.util.Collections.nCopies(
                                acceptedSigned.size(), java.util.Optional.empty())
                        : receiptsOrNone();
        for (int k = 0; k < acceptedIndex.size(); k++) {
            int i = acceptedIndex.get(k);
            java.util.Optional<TxReceipt> receipt = mined.get(k);
            try {
                if (receipt.isPresent()) {
                    tx.forget(acceptedSigned.get(k));
                }
                results.set(
                        i,
                        Outcome.ok(
                                receipt.isPresent()
                                        ? tx.checked(requests.get(i), receipt.get())
                                        : tx.await(requests.get(i), acceptedSigned.get(k))));
            } catch (RuntimeException failure) {
                results.set(i, Outcome.failed(failure));
            }
        }
    }

    /** A lost answer to the receipt batch is no failure: the waiter asks again for each. */
    private List<java.util.Optional<TxReceipt>> receiptsOrNone() {
        try {
            return tx.retry(
                    () ->
                            tx.node()
                                    .receiptsAll(
                                            acceptedSigned.stream()
                                                    .map(SignedTransaction::hash)
                                                    .toList()));
        } catch (TransportException lost) {
            return java.util.Collections.nCopies(acceptedSigned.size(), java.util.Optional.empty());
        }
    }
}
