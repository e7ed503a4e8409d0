package dev.baton.tx;

import dev.baton.errors.TransportException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Retries transient transport failures with exponential backoff; permanent ones and reverts pass
 * straight through.
 *
 * @param maxAttempts total attempts, at least 1
 */
public record RetryPolicy(int maxAttempts, Duration initialBackoff, Duration maxBackoff) {
    public static final RetryPolicy DEFAULT =
            new RetryPolicy(5, Duration.ofMillis(50), Duration.ofSeconds(2));

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException(
                    "retry maxAttempts must be >= 1, was " + maxAttempts);
        }
        if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
            throw new IllegalArgumentException("retry backoff must satisfy 0 <= initial <= max");
        }
    }

    public <T> T call(Clock clock, Supplier<T> action) {
        Duration backoff = initialBackoff;
        for (int attempt = 1; ; attempt++) {
            try {
                return action.get();
            } catch (TransportException e) {
                if (!e.isTransient() || attempt >= maxAttempts) {
                    throw e;
                }
                clock.sleep(backoff);
                Duration doubled = backoff.multipliedBy(2);
                backoff = doubled.compareTo(maxBackoff) > 0 ? maxBackoff : doubled;
            }
        }
    }
}
