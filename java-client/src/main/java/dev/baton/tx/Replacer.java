package dev.baton.tx;

import dev.baton.errors.TxReplacedException;
import dev.baton.signer.SignedTransaction;
import dev.baton.signer.UnsignedTransaction;
import dev.baton.types.Amount;
import dev.baton.types.TxHash;
import java.math.BigInteger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Replace-by-fee and cancel for this Transactor's sent transactions. It remembers what it signed
 * until the receipt is collected, so a replacement keeps the call (or, to cancel, sends nothing to
 * itself) at the same nonce with both fee fields bumped ({@link FeeBump}). The replacement is
 * handed over like any send ({@link Delivery#broadcast}); the nonce stays spent whichever version
 * is mined, so the queue behind it moves on.
 */
final class Replacer {
    private static final BigInteger TRANSFER_GAS = BigInteger.valueOf(21_000);

    private final Transactor tx;
    private final Map<TxHash, UnsignedTransaction> signed = new ConcurrentHashMap<>();
    private final Map<Long, TxHash> latestByNonce = new ConcurrentHashMap<>();

    Replacer(Transactor tx) {
        this.tx = tx;
    }

    SignedTransaction signAndRemember(UnsignedTransaction unsigned) {
        SignedTransaction s = tx.signer().sign(unsigned);
        signed.put(s.hash(), unsigned);
        latestByNonce.put(s.nonce(), s.hash());
        return s;
    }

    void forget(SignedTransaction s) {
        signed.remove(s.hash());
        latestByNonce.remove(s.nonce(), s.hash());
    }

    /** The same call at the same nonce with fees bumped. */
    SignedTransaction replace(SignedTransaction stuck) {
        UnsignedTransaction old = signed.get(stuck.hash());
        if (old == null) {
            throw new IllegalArgumentException(
                    "transaction "
                            + stuck.hash()
                            + " was not sent by this Transactor (or is settled)");
        }
        FeePolicy.Fees fees =
                FeeBump.over(
                        new FeePolicy.Fees(old.maxPriorityFeePerGas(), old.maxFeePerGas()),
                        tx.currentFees(),
                        tx.feeCap());
        return send(
                new UnsignedTransaction(
                        old.chainId(),
                        old.nonce(),
                        fees.maxPriorityFeePerGas(),
                        fees.maxFeePerGas(),
                        old.gasLimit(),
                        old.to(),
                        old.value(),
                        old.data()),
                stuck);
    }

    /**
     * A zero-value transfer to the sender at {@code nonce}, outbidding what this Transactor sent
     * there, if anything.
     */
    SignedTransaction cancel(long nonce) {
        TxHash previous = latestByNonce.get(nonce);
        UnsignedTransaction old = previous == null ? null : signed.get(previous);
        FeePolicy.Fees now = tx.currentFees();
        FeePolicy.Fees fees =
                old == null
                        ? FeeBump.over(now, now, tx.feeCap())
                        : FeeBump.over(
                                new FeePolicy.Fees(old.maxPriorityFeePerGas(), old.maxFeePerGas()),
                                now,
                                tx.feeCap());
        UnsignedTransaction nothing =
                new UnsignedTransaction(
                        tx.signer().chainId(),
                        nonce,
                        fees.maxPriorityFeePerGas(),
                        fees.maxFeePerGas(),
                        TRANSFER_GAS,
                        tx.sender(),
                        Amount.ZERO,
                        "0x");
        return send(nothing, null);
    }

    private SignedTransaction send(UnsignedTransaction unsigned, SignedTransaction replaced) {
        SignedTransaction s = signAndRemember(unsigned);
        Delivery.Verdict verdict = tx.delivery().broadcast(s);
        switch (verdict.kind()) {
            case ACCEPTED -> {
                return s;
            }
            case NONCE_MOVED -> {
                forget(s);
                // The nonce was used meanwhile: by the replaced transaction itself (mined), or by
                // another one.
                throw new TxReplacedException(
                        replaced != null ? replaced.hash() : s.hash(), unsigned.nonce());
            }
            default -> {
                forget(s);
                throw verdict.failure();
            }
        }
    }
}
