package dev.baton.tx;

import dev.baton.errors.ContractRevertException;
import dev.baton.errors.NonceTooHighException;
import dev.baton.errors.NonceTooLowException;
import dev.baton.errors.TransportException;
import dev.baton.errors.TxOutcomeUnknownException;
import dev.baton.signer.SignedTransaction;
import java.time.Duration;
import java.util.function.LongFunction;

/**
 * Hands one signed transaction to the node exactly once. The same bytes are re-sent on a transient
 * failure (they carry one hash, so they can execute only once); every ambiguous answer ("nonce too
 * low", a refusal, a failure that outlasted the retries) is settled by the transaction's hash
 * (receipt, then {@code eth_getTransactionByHash}) before anything else is signed. A new signature
 * is made only when a different transaction took the nonce, or the node lost the account's earlier
 * ones, and then at the nonce the node reports.
 */
final class Delivery {
    private static final int MAX_REBASES = 5;

    private final Transactor tx;
    private final NonceAuthority nonces;
    private final Clock clock;

    Delivery(Transactor tx, NonceAuthority nonces, Clock clock) {
        this.tx = tx;
        this.nonces = nonces;
        this.clock = clock;
    }

    /**
     * Signs at a reserved nonce, sends in nonce order, settles the nonce; returns what the node
     * has.
     */
    SignedTransaction deliver(long reserved, LongFunction<SignedTransaction> signAt) {
        long nonce = reserved;
        boolean settled = false;
        try {
            SignedTransaction signed = signAt.apply(nonce);
            for (int rebases = 0; ; ) {
                long turn = nonces.awaitTurn(nonce);
                // a lower nonce was given back before ours was sent: take it, sign again
                if (turn != nonce) {
                    nonce = turn;
                    signed = signAt.apply(nonce);
                }
                Verdict verdict = broadcast(signed);
                switch (verdict.kind) {
                    case ACCEPTED -> {
                        nonces.commit(nonce);
                        settled = true;
                        return signed;
                    }
                    case NOT_SENT -> {
                        nonces.release(nonce);
                        settled = true;
                        throw verdict.failure;
                    }
                    case IN_DOUBT -> {
                        nonces.commit(
                                nonce); // keep it spent: the transaction may still run under it
                        settled = true;
                        throw new TxOutcomeUnknownException(signed.hash(), nonce, verdict.failure);
                    }
                    case NONCE_MOVED -> {
                        if (++rebases > MAX_REBASES) {
                            nonces.release(nonce);
                            settled = true;
                            throw verdict.failure;
                        }
                        long moved = nonces.rebase(nonce, verdict.nodeNonce);
                        if (moved == nonce) {
                            // the node's pool is catching up
                            clock.sleep(tx.pollInterval());
                        } else {
                            signed = signAt.apply(moved);
                        }
                        nonce = moved;
                    }
                }
            }
        } catch (RuntimeException e) {
            if (!settled) {
                nonces.release(nonce);
            }
            throw e;
        }
    }

    /**
     * One transaction's send, with the same bytes on every attempt, until the node's answer is
     * certain.
     */
    Verdict broadcast(SignedTransaction signed) {
        RetryPolicy retry = tx.retryPolicy();
        long deadline = clock.millis() + tx.sendTimeout().toMillis();
        Duration backoff = retry.initialBackoff();
        for (int attempt = 1; ; attempt++) {
            try {
                tx.node()
                        .sendRawTransaction(
                                signed.raw()); // "already known" (same bytes) is success
                return Verdict.accepted();
            } catch (ContractRevertException e) {
                return settleRefusal(signed, e);
            } catch (NonceTooLowException | NonceTooHighException e) {
                return settleNonceAnswer(signed, e);
            } catch (TransportException e) {
                if (!e.isTransient()) {
                    return settleRefusal(signed, e);
                }
                if (clock.millis() >= deadline && attempt >= retry.maxAttempts()) {
                    return settleLost(signed, e);
                }
                clock.sleep(backoff);
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(retry.maxBackoff()) > 0 ? retry.maxBackoff() : doubled;
            }
        }
    }

    /**
     * "Nonce too low" is ours when the node knows our hash (a lost answer); otherwise the nonce
     * moved.
     */
    Verdict settleNonceAnswer(SignedTransaction signed, TransportException answer) {
        try {
            if (known(signed)) {
                return Verdict.accepted();
            }
            return Verdict.nonceMoved(
                    tx.retry(() -> tx.node().transactionCount(tx.sender(), true)), answer);
        } catch (TransportException unreachable) {
            return Verdict.inDoubt(unreachable);
        }
    }

    /**
     * A refusal ("underpriced", "insufficient funds"...): unless the node knows our hash, it did
     * not take it.
     */
    Verdict settleRefusal(SignedTransaction signed, RuntimeException refusal) {
        try {
            return known(signed) ? Verdict.accepted() : Verdict.notSent(refusal);
        } catch (TransportException unreachable) {
            return Verdict.inDoubt(unreachable);
        }
    }

    /**
     * Every attempt failed in transit: ask by hash once more; if the node cannot even be asked, it
     * is in doubt.
     */
    Verdict settleLost(SignedTransaction signed, TransportException failure) {
        try {
            return known(signed) ? Verdict.accepted() : Verdict.notSent(failure);
        } catch (TransportException unreachable) {
            return Verdict.inDoubt(failure);
        }
    }

    private boolean known(SignedTransaction signed) {
        return tx.retry(() -> tx.node().receipt(signed.hash())).isPresent()
                || tx.retry(() -> tx.node().isKnown(signed.hash()));
    }

    enum Kind {
        ACCEPTED,
        NOT_SENT,
        IN_DOUBT,
        NONCE_MOVED
    }

    /** How one broadcast ended. */
    record Verdict(Kind kind, RuntimeException failure, long nodeNonce) {
        static Verdict accepted() {
            return new Verdict(Kind.ACCEPTED, null, -1);
        }

        static Verdict notSent(RuntimeException failure) {
            return new Verdict(Kind.NOT_SENT, failure, -1);
        }

        static Verdict inDoubt(RuntimeException failure) {
            return new Verdict(Kind.IN_DOUBT, failure, -1);
        }

        static Verdict nonceMoved(long nodeNonce, RuntimeException answer) {
            return new Verdict(Kind.NONCE_MOVED, answer, nodeNonce);
        }
    }
}
