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
    private final FeeHistory history =
            new FeeHistory(List.of(gwei(8), gwei(9), gwei(10)), List.of(gwei(1), gwei(3)));

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
        assertThat(
                        FeePolicy.DEFAULT
                                .withMaxPriorityFeeCap(half)
                                .feesFrom(quiet)
                                .maxPriorityFeePerGas())
                .isEqualTo(half);
        assertThatThrownBy(() -> FeePolicy.DEFAULT.withMaxPriorityFeeCap(BigInteger.valueOf(-1)))
                .hasMessageContaining("maxPriorityFeeCap");
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
                .hasMessageContaining(gwei(10).toString())
                .hasMessageContaining(gwei(9).toString());
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

    @Test
    void aNegativeTipCapIsRefusedNamingItAndNoCapKeepsTheFloor() {
        assertThatThrownBy(() -> FeePolicy.DEFAULT.withMaxPriorityFeeCap(BigInteger.valueOf(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxPriorityFeeCap")
                .hasMessageContaining("-1");
        assertThatThrownBy(
                        () ->
                                new FeePolicy(
                                        5,
                                        50,
                                        GWEI,
                                        2,
                                        null,
                                        Duration.ofMillis(500),
                                        BigInteger.valueOf(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxPriorityFeeCap");
        FeePolicy uncapped =
                FeePolicy.DEFAULT.withMaxPriorityFeeCap(gwei(1)).withMaxPriorityFeeCap(null);
        assertThat(uncapped.maxPriorityFeeCap()).isNull();
        assertThat(uncapped.feesFrom(history).maxPriorityFeePerGas()).isEqualTo(gwei(2));
        assertThat(FeePolicy.DEFAULT.withMaxPriorityFeeCap(gwei(5)).minPriorityFee())
                .isEqualTo(GWEI);
    }

    @Test
    void eachOutOfRangeSettingIsRefusedNamingIt() {
        Duration refresh = Duration.ofMillis(500);
        assertThatThrownBy(() -> new FeePolicy(0, 50, GWEI, 2, null, refresh))
                .hasMessageContaining("historyBlocks");
        assertThatThrownBy(() -> new FeePolicy(1025, 50, GWEI, 2, null, refresh))
                .hasMessageContaining("historyBlocks");
        assertThatThrownBy(() -> new FeePolicy(5, -1, GWEI, 2, null, refresh))
                .hasMessageContaining("rewardPercentile");
        assertThatThrownBy(() -> new FeePolicy(5, 101, GWEI, 2, null, refresh))
                .hasMessageContaining("rewardPercentile");
        assertThatThrownBy(() -> new FeePolicy(5, 50, null, 2, null, refresh))
                .hasMessageContaining("minPriorityFee");
        assertThatThrownBy(() -> new FeePolicy(5, 50, BigInteger.valueOf(-1), 2, null, refresh))
                .hasMessageContaining("minPriorityFee");
        assertThatThrownBy(() -> new FeePolicy(5, 50, GWEI, 0, null, refresh))
                .hasMessageContaining("baseFeeMultiplier");
        assertThatThrownBy(() -> new FeePolicy(5, 50, GWEI, 2, BigInteger.ZERO, refresh))
                .hasMessageContaining("maxFeeCap");
    }
}
