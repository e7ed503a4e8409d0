package dev.baton.tx;

import dev.baton.errors.FeeBumpCappedException;
import java.math.BigInteger;

/**
 * The fees of a replacement: each field at least {@value #PERCENT} % above the replaced
 * transaction's (what nodes require to accept a replacement), and at least today's fees; never
 * above the operator's fee cap.
 */
final class FeeBump {
    static final int PERCENT = 10;

    private FeeBump() {}

    static FeePolicy.Fees over(FeePolicy.Fees old, FeePolicy.Fees now, BigInteger cap) {
        BigInteger minTip = bumped(old.maxPriorityFeePerGas());
        BigInteger minMax = bumped(old.maxFeePerGas());
        BigInteger tip = minTip.max(now.maxPriorityFeePerGas());
        BigInteger max = minMax.max(now.maxFeePerGas());
        if (cap != null && max.compareTo(cap) > 0) {
            max = cap;
        }
        if (max.compareTo(minMax) < 0) {
            throw new FeeBumpCappedException(minMax, cap);
        }
        tip = tip.min(max);
        if (tip.compareTo(minTip) < 0) {
            throw new FeeBumpCappedException(minTip, cap);
        }
        return new FeePolicy.Fees(tip, max);
    }

    /** {@code value} raised by {@value #PERCENT} %, rounded up, and by at least 1 wei. */
    static BigInteger bumped(BigInteger value) {
        BigInteger hundred = BigInteger.valueOf(100);
        BigInteger raised =
                value.multiply(BigInteger.valueOf(100 + PERCENT))
                        .add(hundred.subtract(BigInteger.ONE))
                        .divide(hundred);
        return raised.max(value.add(BigInteger.ONE));
    }
}
