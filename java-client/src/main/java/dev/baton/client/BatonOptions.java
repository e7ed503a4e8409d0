package dev.baton.client;

import dev.baton.tx.TxOptions;
import dev.baton.types.ChainId;
import java.math.BigInteger;
import java.time.Duration;

/**
 * How a {@link Baton} connects and sends.
 *
 * @param rpcUrl overrides the manifest's {@code rpcUrl} when not null
 * @param maxFeePerGasCap the operator's ceiling on maxFeePerGas in wei, or null for the chain's
 *     default (none on a devnet, {@link TxOptions#LIVE_DEFAULT_FEE_CAP} elsewhere)
 * @param confirmations blocks a receipt needs (1 = mined); 0 for the chain's default (1 on a
 *     devnet, 2 elsewhere)
 * @param receiptTimeout how long a write waits for its receipt; null for the chain's default
 * @param pollInterval receipt polling period; null for the chain's default (20 ms on a devnet, 2 s
 *     elsewhere)
 * @see TxOptions#forChain
 */
public record BatonOptions(
        String rpcUrl,
        BigInteger maxFeePerGasCap,
        int confirmations,
        Duration receiptTimeout,
        Duration pollInterval) {

    /**
     * Everything at the chain's defaults ({@link TxOptions#forChain}), decided once the chain id is
     * known.
     */
    public static BatonOptions defaults() {
        return new BatonOptions(null, null, 0, null, null);
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

    /**
     * The transaction options on {@code chain}: its defaults, with every field set here taking
     * precedence.
     */
    public TxOptions toTxOptions(ChainId chain) {
        TxOptions base = TxOptions.forChain(chain);
        TxOptions out = base;
        if (maxFeePerGasCap != null) {
            out = out.withFees(base.fees().withMaxFeeCap(maxFeePerGasCap));
        }
        if (confirmations > 0) {
            out = out.withConfirmations(confirmations);
        }
        if (receiptTimeout != null) {
            out = out.withReceiptTimeout(receiptTimeout);
        }
        if (pollInterval != null) {
            out = out.withPolling(pollInterval, base.dropCheckInterval());
        }
        return out;
    }
}
