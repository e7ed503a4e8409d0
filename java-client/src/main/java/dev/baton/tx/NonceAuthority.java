package dev.baton.tx;

import dev.baton.types.Address;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * Hands out the nonces of one account to concurrent senders in one JVM. A sender {@link
 * #reserve()}s a nonce, signs (outside any lock: a remote signer is a network call), waits for its
 * {@link #awaitTurn(long) turn} so transactions reach the node in nonce order (an automining node
 * refuses a nonce above the next one), sends, and then {@link #commit(long)}s the nonce once the
 * node has the transaction, or {@link #release(long)}s it when the node certainly does not, so the
 * nonce is reused before any higher one and no gap is left. When another transaction took a nonce,
 * or the node lost ours, {@link #resync(long)} follows the node's pending count.
 *
 * <p>The lock guards a few fields only: the node is asked (when at all) outside it, and the turn is
 * a wait on the monitor, not a lock held across a network call.
 */
public final class NonceAuthority {
    private final Address account;
    private final LongSupplier pendingNonceOnNode;
    private final TreeSet<Long> released = new TreeSet<>();
    private final TreeSet<Long> outstanding = new TreeSet<>();
    private long next = -1;
    private long commits;

    /**
     * @param pendingNonceOnNode the account's {@code pending} transaction count on the node
     */
    public NonceAuthority(Address account, LongSupplier pendingNonceOnNode) {
        this.account = account;
        this.pendingNonceOnNode = pendingNonceOnNode;
    }

    public Address account() {
        return account;
    }

    /** The lowest nonce not in use: a released one first, else the next fresh one. */
    public long reserve() {
        if (peekNext() < 0) {
            long onNode = pendingNonceOnNode.getAsLong(); // outside the lock
            synchronized (this) {
                if (next < 0) {
                    next = onNode;
                }
            }
        }
        synchronized (this) {
            Long reused = released.pollFirst();
            long nonce = reused != null ? reused : next++;
            outstanding.add(nonce);
            return nonce;
        }
    }

    /** Reserves {@code count} nonces at once (a batch), lowest first; see {@link #reserve()}. */
    public long[] reserveAll(int count) {
        if (peekNext() < 0) {
            long onNode = pendingNonceOnNode.getAsLong(); // outside the lock
            synchronized (this) {
                if (next < 0) {
                    next = onNode;
                }
            }
        }
        synchronized (this) {
            long[] out = new long[count];
            for (int i = 0; i < count; i++) {
                Long reused = released.pollFirst();
                out[i] = reused != null ? reused : next++;
                outstanding.add(out[i]);
            }
            return out;
        }
    }

    /**
     * The turn of a batch holding {@code mine} (ascending): waits until no other sender holds a
     * nonce below the batch's highest, so the batch reaches the node after everything below it.
     */
    public synchronized void awaitBatchTurn(long[] mine) {
        if (mine.length == 0) {
            return;
        }
        java.util.Set<Long> own = new java.util.HashSet<>();
        for (long n : mine) {
            requireOutstanding(n);
            own.add(n);
        }
        long top = mine[mine.length - 1];
        while (outstanding.headSet(top).stream().anyMatch(n -> !own.contains(n))) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(
                        "interrupted waiting for the turn of a batch of " + account, e);
            }
        }
    }

    /**
     * {@code nonce} was taken by another transaction of the account; forget it and follow the
     * node's count.
     */
    public synchronized void taken(long nonce, long onNode) {
        requireOutstanding(nonce);
        outstanding.remove(nonce);
        resync(onNode);
    }

    /**
     * Waits until every lower nonce of this account is settled (committed or released), so sends
     * reach the node in nonce order. If a lower nonce was released meanwhile, the caller takes it
     * instead (its own goes back): the returned nonce is the one to sign with, which differs from
     * {@code nonce} only when nothing was sent with it.
     */
    public synchronized long awaitTurn(long nonce) {
        requireOutstanding(nonce);
        while (true) {
            Long hole = released.isEmpty() ? null : released.first();
            if (hole != null && hole < nonce) {
                released.remove(hole);
                outstanding.remove(nonce);
                outstanding.add(hole);
                released.add(nonce);
                shrink();
                nonce = hole;
                continue;
            }
            if (outstanding.first() == nonce) {
                return nonce;
            }
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(
                        "interrupted waiting for the turn of nonce " + nonce + " of " + account, e);
            }
        }
    }

    /** The node accepted the transaction with {@code nonce}: it is spent. */
    public synchronized void commit(long nonce) {
        requireOutstanding(nonce);
        outstanding.remove(nonce);
        commits++;
        notifyAll();
    }

    /** The transaction with {@code nonce} was certainly not accepted: hand the nonce out again. */
    public synchronized void release(long nonce) {
        requireOutstanding(nonce);
        outstanding.remove(nonce);
        released.add(nonce);
        shrink();
        notifyAll();
    }

    /**
     * The node refused {@code nonce} as already used by another transaction. Forget it (it will
     * never be ours again) and move past the node's pending count; released nonces below that count
     * are dropped too.
     */
    public void nonceAlreadyUsed(long nonce) {
        synchronized (this) {
            requireOutstanding(nonce);
            outstanding.remove(nonce);
            notifyAll();
        }
        resync();
    }

    /**
     * Asks the node for the account's pending count (outside the lock) and {@link #resync(long)
     * aligns} with it.
     */
    public void resync() {
        resync(pendingNonceOnNode.getAsLong());
    }

    /**
     * Aligns with the node: never below its pending count, so the next reservation cannot be "too
     * low".
     */
    public synchronized void resync(long onNode) {
        released.headSet(onNode).clear();
        if (onNode > next) {
            next = onNode;
        } else if (outstanding.isEmpty() && onNode < next) {
            // Nothing of ours is in flight, yet the node counts fewer: our later sends were lost
            // (the node restarted, dropped them, or the chain was reverted). Continue from the
            // node's count so no gap blocks the account.
            next = onNode;
            released.clear();
        }
        notifyAll();
    }

    /**
     * The caller holds the turn with {@code nonce} and the node says it cannot take it: another
     * transaction used it (the node's count is above), or the node lost our earlier ones (below).
     * Moves the caller's reservation to the node's count and returns it (the caller awaits its turn
     * again); nothing was sent with the old one that could still execute under it.
     */
    public synchronized long rebase(long nonce, long onNode) {
        requireOutstanding(nonce);
        if (onNode == nonce) {
            return nonce;
        }
        outstanding.remove(nonce);
        released.clear();
        long moved;
        if (onNode >= next) {
            moved = onNode;
            next = onNode + 1;
        } else if (!outstanding.contains(onNode)) {
            moved = onNode;
            if (onNode < nonce && outstanding.isEmpty()) {
                // the node lost our later ones
                next = onNode + 1;
            }
        } else {
            moved = next++;
        }
        outstanding.add(moved);
        notifyAll();
        return moved;
    }

    /** Changes whenever a nonce is committed; see {@link #align(long, long)}. */
    public synchronized long stamp() {
        return commits;
    }

    /**
     * A new connection's first look at the account, with the node's pending count read after {@link
     * #stamp()}: never below the count; and down to it (the chain was reverted or is a fresh one)
     * only when nothing of ours is in flight and nothing was committed since the stamp, so a
     * concurrent sender's answer cannot have raced the read.
     */
    public synchronized void align(long onNode, long stampBeforeRead) {
        released.headSet(onNode).clear();
        if (onNode > next) {
            next = onNode;
        } else if (onNode < next && outstanding.isEmpty() && stampBeforeRead == commits) {
            next = onNode;
            released.clear();
        }
        notifyAll();
    }

    /** The next fresh nonce (for diagnostics and tests). */
    public synchronized long peekNext() {
        return next;
    }

    private void shrink() {
        // Shrink back instead of keeping a released tail, so a quiet account ends exactly at the
        // node's count.
        while (!released.isEmpty() && released.last() == next - 1) {
            released.pollLast();
            next--;
        }
    }

    private void requireOutstanding(long nonce) {
        if (!outstanding.contains(nonce)) {
            throw new IllegalStateException(
                    "nonce " + nonce + " of " + account + " is not reserved");
        }
    }
}
