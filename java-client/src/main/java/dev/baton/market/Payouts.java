package dev.baton.market;

import java.math.BigInteger;

/**
 * The market's reward and slash arithmetic, integer division included, so clients can show (and
 * tests can check to the wei) what finalisation, reward claims and slashes will pay.
 */
public final class Payouts {
    private static final BigInteger BPS = BigInteger.valueOf(10_000);

    private Payouts() {}

    /**
     * The winner's reward: R scaled by contributing / voting provers (the seed's 55-of-100 rule),
     * capped by the funded rewards still available.
     */
    public static BigInteger winnerReward(
            BigInteger blockReward, int contributingProvers, int numProvers, BigInteger available) {
        BigInteger scaled =
                blockReward
                        .multiply(BigInteger.valueOf(contributingProvers))
                        .divide(BigInteger.valueOf(numProvers));
        return scaled.min(available);
    }

    /**
     * The provers' pot out of a reward: reward · bps / 10,000. The proposer is credited the rest.
     */
    public static BigInteger proverPot(BigInteger reward, int proverRewardBps) {
        return reward.multiply(BigInteger.valueOf(proverRewardBps)).divide(BPS);
    }

    /** One contributed assignment's share of a pot, pro rata to the leaves its node covers. */
    public static BigInteger proverShare(
            BigInteger pot, int treeDepth, TreePosition position, int contributedLeaves) {
        return pot.multiply(BigInteger.valueOf(position.span(treeDepth)))
                .divide(BigInteger.valueOf(contributedLeaves));
    }

    /** An uncle's pot: U, capped by what is left after the winner and earlier uncles. */
    public static BigInteger unclePot(BigInteger uncleReward, BigInteger available) {
        return uncleReward.min(available);
    }

    /** What slashing one withheld assignment takes: slashRateBps of the prover's current bond. */
    public static BigInteger slash(BigInteger bond, int slashRateBps) {
        return bond.multiply(BigInteger.valueOf(slashRateBps)).divide(BPS);
    }
}
