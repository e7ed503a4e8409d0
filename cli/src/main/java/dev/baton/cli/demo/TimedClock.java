package dev.baton.cli.demo;

import dev.baton.tx.Clock;
import java.time.Duration;

/**
 * The transaction layer's clock, with its sleeps counted as node time: the client only sleeps while
 * it polls for a receipt the node has not mined yet, so that wait belongs to the node.
 */
public final class TimedClock implements Clock {
    private final Clock clock;
    private final NodeTimer timer;

    public TimedClock(Clock clock, NodeTimer timer) {
        this.clock = clock;
        this.timer = timer;
    }

    @Override
    public long millis() {
        return clock.millis();
    }

    @Override
    public void sleep(Duration duration) {
        timer.time(() -> clock.sleep(duration));
    }
}
