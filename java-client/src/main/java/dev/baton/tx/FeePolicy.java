package dev.baton.tx;

import dev.baton.errors.FeeCapExceededException;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How EIP-1559 fees are chosen from one {@code eth_feeHistory} snapshot: the tip is the median of
 * the sampled blocks' rewards at {@code rewardPercentile} (at least {@code minPriorityFee}); the
 * fee cap leaves room for the base fee to grow {@code baseFeeMultiplier} times. {@code maxFeeCap},
 * when set, is the operator's ceiling on maxFeePerGas; {@code maxPriorityFeeCap}, when set, its
 * ceiling on the tip (maxPriorityFeePerGas).
 *
 * @param refresh how long one snapshot is reused before asking the node again
 */
public record FeePolicy(
        int historyBlocks,
        double rewardPercentile,
        BigInteger minPriorityFee,
        int baseFeeMultiplier,
        BigInteger maxFeeCap,
        Duration refresh,
        BigInteger maxPriorityFeeCap) {
    public static final BigInteger GWEI = BigInteger.TEN.pow(9);
    public static final FeePolicy DEFAULT =
            new FeePolicy(5, 50, GWEI, 2, null, Duration.ofMillis(500), null);

    /** Without a tip ceiling (the earlier shape of this policy). */
    public FeePolicy(
            int historyBlocks,
            double rewardPercentile,
            BigInteger minPriorityFee,
            int baseFeeMultiplier,
            BigInteger maxFeeCap,
            Duration refresh) {
        this(
                historyBlocks,
                rewardPercentile,
                minPriorityFee,
                baseFeeMultiplier,
                maxFeeCap,
                refresh,
                null);
    }

    public FeePolicy {
        if (historyBlocks < 1 || historyBlocks > 1024) {
            throw new IllegalArgumentException("fee historyBlocks must be 1..1024");
        }
        if (rewardPercentile < 0 || rewardPercentile > 100) {
            throw new IllegalArgumentException("fee rewardPercentile must be 0..100");
        }
        if (minPriorityFee == null || minPriorityFee.signum() < 0) {
            throw new IllegalArgumentException("fee minPriorityFee must be >= 0");
        }
        if (baseFeeMultiplier < 1) {
            throw new IllegalArgumentException("fee baseFeeMultiplier must be >= 1");
        }
        if (maxFeeCap != null && maxFeeCap.signum() <= 0) {
            throw new IllegalArgumentException("fee maxFeeCap must be positive");
        }
        if (maxPriorityFeeCap != null && maxPriorityFeeCap.signum() < 0) {
            throw new IllegalArgumentException("fee maxPriorityFeeCap must be >= 0");
        }
    }

    public FeePolicy withMaxFeeCap(BigInteger cap) {
        return new FeePolicy(
                historyBlocks,
                rewardPercentile,
                minPriorityFee,
                baseFeeMultiplier,
                cap,
                refresh,
                maxPriorityFeeCap);
    }

    /**
     * The same policy with the tip never above {@code cap} wei per gas (the tip floor is lowered to
     * it if higher).
     */
    public FeePolicy withMaxPriorityFeeCap(BigInteger cap) {
        if (cap != null && cap.signum() < 0) {
            throw new IllegalArgumentException("fee maxPriorityFeeCap must be >= 0, was " + cap);
        }
        BigInteger floor = cap == null ? minPriorityFee : minPriorityFee.min(cap);
        return new FeePolicy(
                historyBlocks, rewardPercentile, floor, baseFeeMultiplier, maxFeeCap, refresh, cap);
    }

    /** The fees for one snapshot; both fields come from the same answer so they are consistent. */
    public Fees feesFrom(FeeHistory history) {
        BigInteger base = history.nextBaseFee();
        BigInteger tip = median(history.rewards()).max(minPriorityFee);
        if (maxPriorityFeeCap != null) {
            tip = tip.min(maxPriorityFeeCap);
        }
        BigInteger maxFee = base.multiply(BigInteger.valueOf(baseFeeMultiplier)).add(tip);
        if (maxFeeCap != null) {
            if (maxFeeCap.compareTo(base) < 0) {
                throw new FeeCapExceededException(base, maxFeeCap);
            }
            maxFee = maxFee.min(maxFeeCap);
            tip = tip.min(maxFee.subtract(base));
        }
        return new Fees(tip, maxFee);
    }

    private static BigInteger median(List<BigInteger> values) {
        if (values.isEmpty()) {
            return BigInteger.ZERO;
        }
        List<BigInteger> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1
                ? sorted.get(mid)
                : sorted.get(mid - 1).add(sorted.get(mid)).shiftRight(1);
    }

    /** The two EIP-1559 fee fields, in wei per gas. */
    public record Fees(BigInteger maxPriorityFeePerGas, BigInteger maxFeePerGas) {}
}
