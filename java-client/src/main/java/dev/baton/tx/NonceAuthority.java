package dev.baton.tx;

import dev.baton.types.Address;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * Hands out the nonces of one account to concurrent senders in one JVM. A sender {@link #reserve()}s a nonce,
 * then {@link #commit(long)}s it once the node accepted the transaction, or {@link #release(long)}s it when the send
 * failed, so the nonce is reused before any higher one and no gap is left. When the node says a nonce was already
 * used ("nonce too low": the key also signs elsewhere, or a send was wrongly thought lost), {@link #resync()} moves
 * past the node's pending count.
 *
 * <p>All methods are synchronized: the critical sections are a few field updates, and the node is asked only on the
 * first reservation and on resync.
 */
public final class NonceAuthority {
    private final Address account;
    private final LongSupplier pendingNonceOnNode;
    private final TreeSet<Long> released = new TreeSet<>();
    private final Set<Long> outstanding = new HashSet<>();
    private long next = -1;
    private final Object sendOrder = new Object();

    /** @param pendingNonceOnNode the account's {@code pending} transaction count on the node */
    public NonceAuthority(Address account, LongSupplier pendingNonceOnNode) {
        this.account = account;
        this.pendingNonceOnNode = pendingNonceOnNode;
    }

    public Address account() {
        return account;
    }

    /** The lowest nonce not in use: a released one first, else the next fresh one. */
    public synchronized long reserve() {
        if (next < 0) next = pendingNonceOnNode.getAsLong();
        Long reused = released.pollFirst();
        long nonce = reused != null ? reused : next++;
        outstanding.add(nonce);
        return nonce;
    }

    /** The node accepted the transaction with {@code nonce}: it is spent. */
    public synchronized void commit(long nonce) {
        requireOutstanding(nonce);
        outstanding.remove(nonce);
    }

    /** The transaction with {@code nonce} was certainly not accepted: hand the nonce out again. */
    public synchronized void release(long nonce) {
        requireOutstanding(nonce);
        outstanding.remove(nonce);
        released.add(nonce);
        // Shrink back instead of keeping a released tail, so a quiet account ends exactly at the node's count.
        while (!released.isEmpty() && released.last() == next - 1) {
            released.pollLast();
            next--;
        }
    }

    /**
     * The node refused {@code nonce} as already used. Forget it (it will never be ours again) and move past the
     * node's pending count; released nonces below that count are dropped too.
     */
    public synchronized void nonceAlreadyUsed(long nonce) {
        requireOutstanding(nonce);
        outstanding.remove(nonce);
        resync();
    }

    /** Aligns with the node: never below its pending count, so the next reservation cannot be "too low". */
    public synchronized void resync() {
        long onNode = pendingNonceOnNode.getAsLong();
        released.headSet(onNode).clear();
        if (onNode > next) next = onNode;
        else if (outstanding.isEmpty() && onNode < next) {
            // Nothing of ours is in flight, yet the node counts fewer: our later sends were lost (the node restarted,
            // dropped them, or the chain was reverted). Continue from the node's count so no gap blocks the account.
            next = onNode;
            released.clear();
        }
    }

    /**
     * Held from reservation until the node accepted (or refused) the transaction, so transactions reach the node in
     * nonce order: nodes that automine (Hardhat) refuse a nonce above the next one instead of queueing it. Receipt
     * waiting happens outside, so concurrent senders still overlap everything but the send itself.
     */
    public Object sendOrderLock() {
        return sendOrder;
    }

    /** The next fresh nonce (for diagnostics and tests). */
    public synchronized long peekNext() {
        return next;
    }

    private void requireOutstanding(long nonce) {
        if (!outstanding.contains(nonce)) {
            throw new IllegalStateException("nonce " + nonce + " of " + account + " is not reserved");
        }
    }
}
