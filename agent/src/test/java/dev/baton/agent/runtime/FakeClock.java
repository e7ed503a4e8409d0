package dev.baton.agent.runtime;

import dev.baton.tx.Clock;
import java.time.Duration;

/** A clock that advances only when slept on. */
public final class FakeClock implements Clock {
    private long now;
    private Runnable onSleep = () -> {};

    public void onSleep(Runnable action) {
        onSleep = action;
    }

    @Override
    public long millis() {
        return now;
    }

    @Override
    public void sleep(Duration duration) {
        now += duration.toMillis();
        onSleep.run();
    }

    public void advance(long millis) {
        now += millis;
    }
}
