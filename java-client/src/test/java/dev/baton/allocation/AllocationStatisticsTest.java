package dev.baton.allocation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The exact tail that judges a benchmark count against the binomial bound, checked against closed
 * forms.
 */
class AllocationStatisticsTest {

    @Test
    void oneEventWhereFewAreExpectedIsJudgedByItsExactChanceNotANormalApproximation() {
        // P(Poisson(0.03) >= 1) = 1 - e^-0.03: the single event at x = 25 of a 10^6-seed run is a 3
        // % chance.
        assertEquals(1 - Math.exp(-0.03), AllocationStatistics.poissonUpperTail(1, 0.03), 1e-12);
        // Two events where 0.03 are expected: 1 - e^-λ(1 + λ), about 4.4e-4, below the 3-sigma
        // level.
        double two = 1 - Math.exp(-0.03) * (1 + 0.03);
        assertEquals(two, AllocationStatistics.poissonUpperTail(2, 0.03), 1e-12);
        assertTrue(two < AllocationBenchmark.THREE_SIGMA_ONE_SIDED);
    }

    @Test
    void largeCountsAgreeWithTheNormalLimitAtThreeSigma() {
        double lambda = 69_442;
        long threeSigmaAbove = Math.round(lambda + 3 * Math.sqrt(lambda));
        double p = AllocationStatistics.poissonUpperTail(threeSigmaAbove, lambda);
        assertEquals(0.00135, p, 0.0004);
        assertEquals(1.0, AllocationStatistics.poissonUpperTail(0, lambda), 0);
        assertTrue(AllocationStatistics.poissonUpperTail(69_000, lambda) > 0.9);
    }

    @Test
    void theMeanItselfIsAboutEvenOdds() {
        // P(Poisson(10) >= 10) = 0.5420702855...
        assertEquals(0.5420702855, AllocationStatistics.poissonUpperTail(10, 10), 1e-9);
    }
}
