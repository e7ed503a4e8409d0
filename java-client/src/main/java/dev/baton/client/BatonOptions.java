package dev.baton.client;

import dev.baton.tx.TxOptions;
import java.math.BigInteger;
import java.time.Duration;

/**
 * How a {@link Baton} connects and sends.
 *
 * @param rpcUrl overrides the manifest's {@code rpcUrl} when not null
 * @param maxFeePerGasCap the operator's ceiling on maxFeePerGas in wei, or null for none
 * @param confirmations blocks a receipt needs (1 = mined)
 * @param receiptTimeout how long a write waits for its receipt
 * @param pollInterval receipt polling period (~20 ms on a devnet)
 */
public record BatonOptions(
        String rpcUrl, BigInteger maxFeePerGasCap, int confirmations, Duration receiptTimeout, Duration pollInterval) {

    public static BatonOptions defaults() {
        TxOptions tx = TxOptions.DEVNET;
        return new BatonOptions(null, null, tx.confirmations(), tx.receiptTimeout(), tx.pollInterval());
    }

    public BatonOptions withRpcUrl(String url) {
        return new BatonOptions(url, maxFeePerGasCap, confirmations, receiptTimeout, pollInterval);
    }

    public BatonOptions withMaxFeePerGasCap(BigInteger cap) {
        return new BatonOptions(rpcUrl, cap, confirmations, receiptTimeout, pollInterval);
    }

    public BatonOptions withConfirmations(int n) {
        return new BatonOptions(rpcUrl, maxFeePerGasCap, n, receiptTimeout, pollInterval);
    }

    public BatonOptions withTimeouts(Duration receipt, Duration poll) {
        return new BatonOptions(rpcUrl, maxFeePerGasCap, confirmations, receipt, poll);
    }

    TxOptions toTxOptions() {
        TxOptions base = TxOptions.DEVNET;
        return base.withFees(base.fees().withMaxFeeCap(maxFeePerGasCap))
                .withConfirmations(confirmations)
                .withReceiptTimeout(receiptTimeout)
                .withPolling(pollInterval, base.dropCheckInterval());
    }
}
