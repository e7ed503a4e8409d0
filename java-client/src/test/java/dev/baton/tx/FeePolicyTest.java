package dev.baton.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.errors.FeeCapExceededException;
import dev.baton.fixtures.FakeClock;
import dev.baton.fixtures.FakeNode;
import dev.baton.types.ChainId;
import java.math.BigInteger;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeePolicyTest {
    private static final BigInteger GWEI = FeePolicy.GWEI;
    private final FeeHistory history = new FeeHistory(
            List.of(gwei(8), gwei(9), gwei(10)), List.of(gwei(1), gwei(3)));

    @Test
    void tipIsTheMedianRewardAndTheCapLeavesRoomForTheBaseFeeToDouble() {
        FeePolicy.Fees fees = FeePolicy.DEFAULT.feesFrom(history);
        assertThat(fees.maxPriorityFeePerGas()).isEqualTo(gwei(2));
        assertThat(fees.maxFeePerGas()).isEqualTo(gwei(22)); // 2 * next base (10) + tip
    }

    @Test
    void tipNeverFallsBelowTheMinimum() {
        FeeHistory quiet = new FeeHistory(List.of(gwei(1)), List.of(BigInteger.ZERO));
        assertThat(FeePolicy.DEFAULT.feesFrom(quiet).maxPriorityFeePerGas()).isEqualTo(GWEI);
    }

    @Test
    void aTipCapBoundsTheTipEvenBelowTheMinimumAndTheFeeFollows() {
        FeePolicy.Fees capped = FeePolicy.DEFAULT.withMaxPriorityFeeCap(gwei(1)).feesFrom(history);
        assertThat(capped.maxPriorityFeePerGas()).isEqualTo(gwei(1)); // the median (2) capped
        assertThat(capped.maxFeePerGas()).isEqualTo(gwei(21));
        BigInteger half = GWEI.shiftRight(1);
        FeeHistory quiet = new FeeHistory(List.of(gwei(1)), List.of(BigInteger.ZERO));
        assertThat(FeePolicy.DEFAULT.withMaxPriorityFeeCap(half).feesFrom(quiet).maxPriorityFeePerGas()).isEqualTo(half);
        assertThatThrownBy(() -> FeePolicy.DEFAULT.withMaxPriorityFeeCap(BigInteger.valueOf(-1))).hasMessageContaining("maxPriorityFeeCap");
    }

    @Test
    void operatorCapBoundsTheFeeAndTheTipFits() {
        FeePolicy.Fees fees = FeePolicy.DEFAULT.withMaxFeeCap(gwei(11)).feesFrom(history);
        assertThat(fees.maxFeePerGas()).isEqualTo(gwei(11));
        assertThat(fees.maxPriorityFeePerGas()).isEqualTo(gwei(1));
    }

    @Test
    void aCapBelowTheBaseFeeIsRefusedWithBothNumbers() {
        assertThatThrownBy(() -> FeePolicy.DEFAULT.withMaxFeeCap(gwei(9)).feesFrom(history))
                .isInstanceOf(FeeCapExceededException.class)
                .hasMessageContaining(gwei(10).toString()).hasMessageContaining(gwei(9).toString());
    }

    @Test
    void oracleReusesOneSnapshotUntilItsRefreshPeriodPassed() {
        FakeClock clock = new FakeClock();
        FakeNode node = new FakeNode(ChainId.DEVNET);
        FeeOracle oracle = new FeeOracle(node, FeePolicy.DEFAULT, clock, RetryPolicy.DEFAULT);
        FeePolicy.Fees first = oracle.current();
        node.feeHistory = history;
        assertThat(oracle.current()).isEqualTo(first);
        clock.sleep(Duration.ofSeconds(1));
        assertThat(oracle.current().maxFeePerGas()).isEqualTo(gwei(22));
    }

    private static BigInteger gwei(long n) {
        return GWEI.multiply(BigInteger.valueOf(n));
    }
}
