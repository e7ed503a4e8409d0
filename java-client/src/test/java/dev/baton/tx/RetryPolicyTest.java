package dev.baton.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.errors.TransportException;
import dev.baton.fixtures.FakeClock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private final FakeClock clock = new FakeClock();
    private final RetryPolicy policy =
            new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(250));

    @Test
    void retriesTransientFailuresWithCappedExponentialBackoff() {
        AtomicInteger attempts = new AtomicInteger();
        String result =
                policy.call(
                        clock,
                        () -> {
                            if (attempts.incrementAndGet() < 4) {
                                throw TransportException.transientFailure("reset", null);
                            }
                            return "ok";
                        });
        assertThat(result).isEqualTo("ok");
        assertThat(clock.sleptMillis()).isEqualTo(100 + 200 + 250);
    }

    @Test
    void givesUpAfterMaxAttempts() {
        assertThat(attemptsUntilItThrows(TransportException.transientFailure("reset", null)))
                .isEqualTo(4);
    }

    @Test
    void neverRetriesPermanentFailures() {
        assertThat(attemptsUntilItThrows(TransportException.permanent("invalid params", -32602)))
                .isEqualTo(1);
        assertThat(clock.sleptMillis()).isZero();
    }

    /**
     * Calls through the policy a call that always fails with {@code failure}; returns the tries.
     */
    private int attemptsUntilItThrows(TransportException failure) {
        AtomicInteger attempts = new AtomicInteger();
        assertThatThrownBy(
                        () ->
                                policy.call(
                                        clock,
                                        () -> {
                                            attempts.incrementAndGet();
                                            throw failure;
                                        }))
                .isInstanceOf(TransportException.class);
        return attempts.get();
    }
}
