package dev.baton.tx;

import dev.baton.errors.BatonException;
import java.time.Duration;

/** Time for timeouts and backoff, a seam so unit tests run on a fake clock instead of sleeping. */
public interface Clock {
    long millis();

    void sleep(Duration duration);

    static Clock system() {
        return SystemClock.INSTANCE;
    }

    enum SystemClock implements Clock {
        INSTANCE;

        @Override
        public long millis() {
            return System.nanoTime() / 1_000_000;
        }

        @Override
        public void sleep(Duration duration) {
            try {
                Thread.sleep(duration);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new BatonException("interrupted while waiting", e);
            }
        }
    }
}
