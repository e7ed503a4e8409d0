package dev.baton.market;

import java.math.BigInteger;

/**
 * The market's ranking score, SCORE = NUM_PROVERS³ · BURN_BID², computed exactly (the contract's
 * inputs are bounded, provers <= 2,048 and burn < 2^96, so its uint256 never overflows and this
 * equals it).
 */
public final class Score {
    static final BigInteger BURN_LIMIT = BigInteger.ONE.shiftLeft(96);

    private Score() {}

    public static BigInteger of(int numProvers, BigInteger burnBid) {
        if (numProvers < 0 || numProvers > Transcript.MAX_ASSIGNMENTS) {
            throw new IllegalArgumentException(
                    "provers must be 0.." + Transcript.MAX_ASSIGNMENTS + ", was " + numProvers);
        }
        if (burnBid.signum() < 0 || burnBid.compareTo(BURN_LIMIT) >= 0) {
            throw new IllegalArgumentException("burn bid must fit a uint96, was " + burnBid);
        }
        BigInteger provers = BigInteger.valueOf(numProvers);
        return provers.pow(3).multiply(burnBid.pow(2));
    }
}
