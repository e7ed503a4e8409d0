package dev.baton.tx;

import dev.baton.errors.TransportException;
import dev.baton.errors.TxReplacedException;
import dev.baton.errors.TxTimeoutException;
import dev.baton.signer.SignedTransaction;
import dev.baton.types.Address;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for a sent transaction's receipt and confirmations. While it waits it checks, every {@code
 * dropCheckInterval}, that the node still knows the transaction; when the node has dropped it and
 * the account's nonce is still unused on chain, it re-sends the SAME signed bytes (same hash, so it
 * can never execute twice). If the nonce was used by another transaction, it reports {@link
 * TxReplacedException}. A node that cannot be reached (restarting, answers lost) is asked again
 * until the deadline.
 */
final class ReceiptWaiter {
    private static final Logger LOG = LoggerFactory.getLogger(ReceiptWaiter.class);

    private final EthNode node;
    private final TxOptions options;
    private final Clock clock;

    ReceiptWaiter(EthNode node, TxOptions options, Clock clock) {
        this.node = node;
        this.options = options;
        this.clock = clock;
    }

    /**
     * @param replacer re-signs a stuck version with bumped fees (the stuck policy), or null never
     *     to replace; the receipt of whichever version is mined is returned
     */
    TxReceipt await(
            SignedTransaction first, Address from, UnaryOperator<SignedTransaction> replacer) {
        List<SignedTransaction> versions = new ArrayList<>(List.of(first));
        SignedTransaction tx = first;
        long start = clock.millis();
        long lastHandOver = start;
        long deadline = start + options.receiptTimeout().toMillis();
        long nextDropCheck = start + options.dropCheckInterval().toMillis();
        int rebroadcasts = 0;
        while (true) {
            try {
                Optional<TxReceipt> receipt = receiptOfAny(versions);
                if (receipt.isPresent() && confirmed(receipt.get())) {
                    return receipt.get();
                }
                long now = clock.millis();
                if (receipt.isEmpty()
                        && replacer != null
                        && versions.size() <= options.stuck().maxReplacements()
                        && now - lastHandOver >= options.stuck().after().toMillis()) {
                    SignedTransaction stuck = tx;
                    tx = replacer.apply(stuck);
                    versions.add(tx);
                    lastHandOver = now;
                    LOG.warn(
                            "transaction {} (nonce {}) unmined for {} ms: replaced by {} with higher fees",
                            stuck.hash(),
                            stuck.nonce(),
                            options.stuck().after().toMillis(),
                            tx.hash());
                    continue;
                }
                if (receipt.isEmpty() && (now >= nextDropCheck || now >= deadline)) {
                    // Check the chain state before any resend: the receipt, the pool, then the
                    // account's nonce.
                    if (droppedByNode(tx, from, versions)) {
                        if (rebroadcasts >= options.maxRebroadcasts()) {
                            throw new TxTimeoutException(
                                    tx.hash(),
                                    "dropped by the node " + (rebroadcasts + 1) + " times");
                        }
                        rebroadcasts++;
                        LOG.warn(
                                "transaction {} (nonce {}) left the node's pool; re-sending the same signed bytes",
                                tx.hash(),
                                tx.nonce());
                        SignedTransaction again = tx;
                        retry(() -> node.sendRawTransaction(again.raw()));
                        deadline =
                                Math.max(deadline, now + options.receiptTimeout().toMillis() / 2);
                    }
                    nextDropCheck = now + options.dropCheckInterval().toMillis();
                }
                if (now >= deadline) {
                    throw new TxTimeoutException(
                            tx.hash(),
                            receipt.isPresent()
                                    ? "mined in block "
                                            + receipt.get().blockNumber()
                                            + " but fewer than "
                                            + options.confirmations()
                                            + " confirmations"
                                    : "no receipt after "
                                            + options.receiptTimeout().toMillis()
                                            + " ms (still in the node's pool)");
                }
            } catch (TransportException unreachable) {
                // The transaction was handed over: an unreachable node (restarting, a lost answer)
                // is waited out until the deadline, never answered by signing anything new.
                if (!unreachable.isTransient() || clock.millis() >= deadline) {
                    throw unreachable;
                }
                LOG.debug(
                        "waiting for {}: node unreachable ({}); asking again",
                        tx.hash(),
                        unreachable.getMessage());
            }
            clock.sleep(options.pollInterval());
        }
    }

    private boolean confirmed(TxReceipt receipt) {
        if (options.confirmations() <= 1) {
            return true;
        }
        long head = retry(node::blockNumber);
        return head - receipt.blockNumber() + 1 >= options.confirmations();
    }

    /**
     * True when the node forgot the transaction and its nonce is still free; throws when another tx
     * took the nonce.
     */
    private boolean droppedByNode(
            SignedTransaction tx, Address from, List<SignedTransaction> versions) {
        if (retry(() -> node.isKnown(tx.hash()))) {
            return false;
        }
        long minedNonce = retry(() -> node.transactionCount(from, false));
        if (minedNonce <= tx.nonce()) {
            return true;
        }
        // The nonce is used on chain: ours if a receipt of any version appeared meanwhile,
        // otherwise someone else's.
        if (receiptOfAny(versions).isPresent()) {
            return false;
        }
        throw new TxReplacedException(tx.hash(), tx.nonce());
    }

    /** The receipt of whichever version of the transaction was mined (newest first). */
    private Optional<TxReceipt> receiptOfAny(List<SignedTransaction> versions) {
        for (int i = versions.size() - 1; i >= 0; i--) {
            SignedTransaction v = versions.get(i);
            Optional<TxReceipt> r = retry(() -> node.receipt(v.hash()));
            if (r.isPresent()) {
                return r;
            }
        }
        return Optional.empty();
    }

    private <T> T retry(java.util.function.Supplier<T> call) {
        return options.retry().call(clock, call);
    }
}
