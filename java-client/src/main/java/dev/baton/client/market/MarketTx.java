package dev.baton.client.market;

import dev.baton.internal.market.MarketAbi;
import dev.baton.tx.Transactor;
import dev.baton.tx.TxReceipt;
import dev.baton.tx.TxRequest;
import dev.baton.types.Address;
import dev.baton.types.Amount;

/**
 * Sends market calls through the shared transaction layer (dry run first, so reverts arrive typed).
 */
final class MarketTx {
    private final Transactor tx;
    private final MarketView view;

    MarketTx(Transactor tx, MarketView view) {
        this.tx = tx;
        this.view = view;
    }

    /** Sends {@code data}, calldata from {@link MarketAbi}. */
    TxReceipt send(String data) {
        return tx.send(TxRequest.call(view.market(), data));
    }

    /**
     * The request that sends {@code data} to the market, for callers that submit without waiting.
     */
    TxRequest request(String data) {
        return TxRequest.call(view.market(), data);
    }

    Address sender() {
        return tx.sender();
    }

    /**
     * Pays out everything credited to the sender; returns what was paid (zero when nothing was
     * due).
     */
    Amount claim() {
        Amount due = view.claimable(tx.sender());
        if (due.isZero()) {
            return Amount.ZERO;
        }
        send(MarketAbi.claim());
        return due;
    }
}
