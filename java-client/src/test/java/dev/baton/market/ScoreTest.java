package dev.baton.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ScoreTest {
    @Test
    void isProversCubedTimesBurnSquared() {
        assertThat(Score.of(3, BigInteger.valueOf(10))).isEqualTo(BigInteger.valueOf(2_700));
        assertThat(Score.of(0, BigInteger.valueOf(10))).isZero();
        assertThat(Score.of(16, BigInteger.TEN.pow(18)))
                .isEqualTo(BigInteger.valueOf(4096).multiply(BigInteger.TEN.pow(36)));
    }

    @Test
    void doublingTheProversOutweighsTwoAndAHalfTimesTheBurn() {
        // 8³·100² = 5,120,000 against 4³·250² = 4,000,000.
        assertThat(Score.of(8, BigInteger.valueOf(100))).isEqualTo(BigInteger.valueOf(5_120_000L));
        assertThat(Score.of(4, BigInteger.valueOf(250))).isEqualTo(BigInteger.valueOf(4_000_000L));
    }

    @Test
    void largestBoundedInputsStayBelowTwoTo225() {
        BigInteger maxBurn = BigInteger.ONE.shiftLeft(96).subtract(BigInteger.ONE);
        assertThat(Score.of(Transcript.MAX_ASSIGNMENTS, maxBurn).bitLength())
                .isLessThanOrEqualTo(225);
    }

    @Test
    void refusesInputsTheContractCannotHold() {
        assertThatThrownBy(() -> Score.of(Transcript.MAX_ASSIGNMENTS + 1, BigInteger.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Score.of(1, BigInteger.ONE.shiftLeft(96)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Score.of(1, BigInteger.ONE.negate()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
