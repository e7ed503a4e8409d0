package dev.baton.tx;

import dev.baton.types.ChainId;
import java.math.BigInteger;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Tuning of the transaction layer. {@link #forChain} gives the defaults: {@link #DEVNET} on a local
 * devnet (fast polling, one confirmation), {@link #LIVE} on any other chain (two confirmations,
 * polling in seconds, a fee cap of {@link #LIVE_DEFAULT_FEE_CAP} unless the operator sets one,
 * stuck transactions replaced by fee).
 *
 * @param gasMarginPercent added on top of {@code eth_estimateGas}
 * @param confirmations blocks that must contain or follow the receipt's block (1 = mined)
 * @param receiptTimeout how long to wait for a receipt before giving up (after checking the chain
 *     state)
 * @param pollInterval receipt polling period; ~20 ms suits a devnet, seconds suit a live chain
 * @param dropCheckInterval how often a still-missing transaction is checked for having left the
 *     node's pool
 * @param maxRebroadcasts how often the same signed bytes may be re-sent after the node dropped them
 * @param stuck what happens to a transaction the node keeps but does not mine
 */
public record TxOptions(
        FeePolicy fees,
        int gasMarginPercent,
        int confirmations,
        Duration receiptTimeout,
        Duration pollInterval,
        Duration dropCheckInterval,
        int maxRebroadcasts,
        RetryPolicy retry,
        StuckPolicy stuck) {

    /** Chain ids of local devnets (Hardhat and anvil use 31337; 1337 is the other common one). */
    public static boolean isDevnet(ChainId chain) {
        return chain.value() == 31337 || chain.value() == 1337;
    }

    public static final TxOptions DEVNET =
            new TxOptions(
                    FeePolicy.DEFAULT,
                    20,
                    1,
                    Duration.ofSeconds(60),
                    Duration.ofMillis(20),
                    Duration.ofMillis(500),
                    3,
                    RetryPolicy.DEFAULT,
                    StuckPolicy.WAIT);

    /** The fee cap on a live chain when the operator gives none: 200 gwei per gas. */
    public static final BigInteger LIVE_DEFAULT_FEE_CAP =
            FeePolicy.GWEI.multiply(BigInteger.valueOf(200));

    public static final TxOptions LIVE =
            new TxOptions(
                    FeePolicy.DEFAULT.withMaxFeeCap(LIVE_DEFAULT_FEE_CAP),
                    20,
                    2,
                    Duration.ofMinutes(10),
                    Duration.ofSeconds(2),
                    Duration.ofSeconds(30),
                    3,
                    new RetryPolicy(6, Duration.ofMillis(250), Duration.ofSeconds(8)),
                    StuckPolicy.replaceAfter(Duration.ofMinutes(3), 3));

    /** The defaults for {@code chain}: {@link #DEVNET} on a devnet, {@link #LIVE} anywhere else. */
    public static TxOptions forChain(ChainId chain) {
        return isDevnet(chain) ? DEVNET : LIVE;
    }

    /** Without a stuck policy: never replaces (the earlier shape of these options). */
    public TxOptions(
            FeePolicy fees,
            int gasMarginPercent,
            int confirmations,
            Duration receiptTimeout,
            Duration pollInterval,
            Duration dropCheckInterval,
            int maxRebroadcasts,
            RetryPolicy retry) {
        this(
                fees,
                gasMarginPercent,
                confirmations,
                receiptTimeout,
                pollInterval,
                dropCheckInterval,
                maxRebroadcasts,
                retry,
                StuckPolicy.WAIT);
    }

    public TxOptions {
        if (fees == null) {
            throw new IllegalArgumentException("tx option 'fees' is missing");
        }
        if (gasMarginPercent < 0 || gasMarginPercent > 1000) {
            throw new IllegalArgumentException("tx option 'gasMarginPercent' must be 0..1000");
        }
        if (confirmations < 1) {
            throw new IllegalArgumentException(
                    "tx option 'confirmations' must be >= 1, was " + confirmations);
        }
        if (receiptTimeout.isNegative() || receiptTimeout.isZero()) {
            throw new IllegalArgumentException("tx option 'receiptTimeout' must be positive");
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("tx option 'pollInterval' must be positive");
        }
        if (maxRebroadcasts < 0) {
            throw new IllegalArgumentException("tx option 'maxRebroadcasts' must be >= 0");
        }
        if (stuck == null) {
            stuck = StuckPolicy.WAIT;
        }
    }

    public TxOptions withFees(FeePolicy newFees) {
        return copy(c -> c.fees = newFees);
    }

    public TxOptions withConfirmations(int n) {
        return copy(c -> c.confirmations = n);
    }

    public TxOptions withReceiptTimeout(Duration timeout) {
        return copy(c -> c.receiptTimeout = timeout);
    }

    public TxOptions withPolling(Duration poll, Duration dropCheck) {
        return copy(
                c -> {
                    c.pollInterval = poll;
                    c.dropCheckInterval = dropCheck;
                });
    }

    public TxOptions withStuck(StuckPolicy policy) {
        return copy(c -> c.stuck = policy);
    }

    /** These options with what {@code change} sets on a copy of their values. */
    private TxOptions copy(Consumer<Copy> change) {
        Copy c = new Copy(this);
        change.accept(c);
        return new TxOptions(
                c.fees,
                c.gasMarginPercent,
                c.confirmations,
                c.receiptTimeout,
                c.pollInterval,
                c.dropCheckInterval,
                c.maxRebroadcasts,
                c.retry,
                c.stuck);
    }

    /** The values of a {@link TxOptions} while one of them changes (checked again on build). */
    private static final class Copy {
        FeePolicy fees;
        final int gasMarginPercent;
        int confirmations;
        Duration receiptTimeout;
        Duration pollInterval;
        Duration dropCheckInterval;
        final int maxRebroadcasts;
        final RetryPolicy retry;
        StuckPolicy stuck;

        Copy(TxOptions o) {
            fees = o.fees;
            gasMarginPercent = o.gasMarginPercent;
            confirmations = o.confirmations;
            receiptTimeout = o.receiptTimeout;
            pollInterval = o.pollInterval;
            dropCheckInterval = o.dropCheckInterval;
            maxRebroadcasts = o.maxRebroadcasts;
            retry = o.retry;
            stuck = o.stuck;
        }
    }
}
