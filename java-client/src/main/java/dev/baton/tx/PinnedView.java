package dev.baton.tx;

import dev.baton.types.Address;

/**
 * Read-only calls pinned to one block, so a view made of several calls reads one state and cannot
 * straddle two blocks. From {@link Transactor#pinned()}.
 */
public final class PinnedView {
    private final Transactor tx;
    private final long block;

    PinnedView(Transactor tx, long block) {
        this.tx = tx;
        this.block = block;
    }

    /** The block every call of this view reads. */
    public long block() {
        return block;
    }

    /**
     * {@code eth_call} at {@link #block()} as the Transactor's sender; a revert throws its typed
     * exception.
     */
    public String call(Address to, String data) {
        return tx.retry(
                () -> tx.node().callAt(new CallRequest(tx.sender(), to, data, null), block));
    }
}
