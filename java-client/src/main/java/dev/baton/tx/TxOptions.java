package dev.baton.tx;

import java.time.Duration;

/**
 * Tuning of the transaction layer.
 *
 * @param gasMarginPercent added on top of {@code eth_estimateGas}
 * @param confirmations blocks that must contain or follow the receipt's block (1 = mined)
 * @param receiptTimeout how long to wait for a receipt before giving up (after checking the chain state)
 * @param pollInterval receipt polling period; ~20 ms suits a devnet, seconds suit a live chain
 * @param dropCheckInterval how often a still-missing transaction is checked for having left the node's pool
 * @param maxRebroadcasts how often the same signed bytes may be re-sent after the node dropped them
 */
public record TxOptions(
        FeePolicy fees,
        int gasMarginPercent,
        int confirmations,
        Duration receiptTimeout,
        Duration pollInterval,
        Duration dropCheckInterval,
        int maxRebroadcasts,
        RetryPolicy retry) {

    public static final TxOptions DEVNET = new TxOptions(
            FeePolicy.DEFAULT, 20, 1, Duration.ofSeconds(60), Duration.ofMillis(20), Duration.ofMillis(500), 3,
            RetryPolicy.DEFAULT);

    public TxOptions {
        if (fees == null) throw new IllegalArgumentException("tx option 'fees' is missing");
        if (gasMarginPercent < 0 || gasMarginPercent > 1000) throw new IllegalArgumentException("tx option 'gasMarginPercent' must be 0..1000");
        if (confirmations < 1) throw new IllegalArgumentException("tx option 'confirmations' must be >= 1, was " + confirmations);
        if (receiptTimeout.isNegative() || receiptTimeout.isZero()) throw new IllegalArgumentException("tx option 'receiptTimeout' must be positive");
        if (pollInterval.isNegative() || pollInterval.isZero()) throw new IllegalArgumentException("tx option 'pollInterval' must be positive");
        if (maxRebroadcasts < 0) throw new IllegalArgumentException("tx option 'maxRebroadcasts' must be >= 0");
    }

    public TxOptions withFees(FeePolicy newFees) {
        return new TxOptions(newFees, gasMarginPercent, confirmations, receiptTimeout, pollInterval, dropCheckInterval, maxRebroadcasts, retry);
    }

    public TxOptions withConfirmations(int n) {
        return new TxOptions(fees, gasMarginPercent, n, receiptTimeout, pollInterval, dropCheckInterval, maxRebroadcasts, retry);
    }

    public TxOptions withReceiptTimeout(Duration timeout) {
        return new TxOptions(fees, gasMarginPercent, confirmations, timeout, pollInterval, dropCheckInterval, maxRebroadcasts, retry);
    }

    public TxOptions withPolling(Duration poll, Duration dropCheck) {
        return new TxOptions(fees, gasMarginPercent, confirmations, receiptTimeout, poll, dropCheck, maxRebroadcasts, retry);
    }
}
