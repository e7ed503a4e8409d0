package dev.baton.market;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class PayoutsTest {
    private static BigInteger n(long value) {
        return BigInteger.valueOf(value);
    }

    @Test
    void rewardScalesWithContributingOverVotingProversAndIsCappedByThePool() {
        // The seed's example: 55 of 100 provers delivered, so 55% of the reward.
        assertThat(Payouts.winnerReward(n(1_000), 55, 100, n(10_000))).isEqualTo(n(550));
        assertThat(Payouts.winnerReward(n(1_000), 2, 3, n(10_000))).isEqualTo(n(666));
        assertThat(Payouts.winnerReward(n(1_000), 3, 3, n(400))).isEqualTo(n(400));
    }

    @Test
    void proverPotAndSharesRoundDown() {
        BigInteger pot = Payouts.proverPot(n(999), 2_500);
        assertThat(pot).isEqualTo(n(249));
        // Tree of depth 2 with 3 contributed leaves: a leaf earns a third, a half-tree node two
        // thirds.
        assertThat(Payouts.proverShare(pot, 2, TreePosition.of(2, 0), 3)).isEqualTo(n(83));
        assertThat(Payouts.proverShare(pot, 2, TreePosition.of(1, 1), 3)).isEqualTo(n(166));
    }

    @Test
    void unclePotAndSlash() {
        assertThat(Payouts.unclePot(n(100), n(70))).isEqualTo(n(70));
        assertThat(Payouts.unclePot(n(100), n(170))).isEqualTo(n(100));
        assertThat(Payouts.slash(n(1_000_000_000_000_000_001L), 1_000))
                .isEqualTo(n(100_000_000_000_000_000L));
    }
}
