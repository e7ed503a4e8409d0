package dev.baton.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class NodeTimerTest {
    private final AtomicLong now = new AtomicLong();
    private final NodeTimer timer = new NodeTimer(now::get);

    @Test
    void sumsSequentialCalls() {
        timer.time(() -> now.addAndGet(10));
        now.addAndGet(100); // client work
        timer.time(() -> now.addAndGet(5));
        assertThat(timer.nodeNanos()).isEqualTo(15);
    }

    @Test
    void overlappingCallsCountOnce() {
        timer.time(
                () -> {
                    now.addAndGet(10);
                    timer.time(
                            () ->
                                    now.addAndGet(
                                            20)); // a second call in flight (e.g. another thread's)
                    now.addAndGet(5);
                });
        assertThat(timer.nodeNanos()).isEqualTo(35);
    }

    @Test
    void countsACallStillInFlight() {
        timer.time(
                () -> {
                    now.addAndGet(7);
                    assertThat(timer.nodeNanos()).isEqualTo(7);
                });
    }

    @Test
    void aFailingCallIsStillTimedAndItsFailurePropagates() {
        IllegalStateException failure = new IllegalStateException("node down");
        // The failure reaches the caller unchanged; the time spent before it is the node's.
        assertThatThrownBy(
                        () ->
                                timer.time(
                                        (Runnable)
                                                () -> {
                                                    now.addAndGet(3);
                                                    throw failure;
                                                }))
                .isSameAs(failure);
        assertThat(timer.nodeNanos()).isEqualTo(3);
        // Nothing is left in flight: later client time is not counted as the node's.
        now.addAndGet(50);
        assertThat(timer.nodeNanos()).isEqualTo(3);
    }

    @Test
    void clockSleepsAreNodeTime() {
        TimedClock clock =
                new TimedClock(
                        new dev.baton.tx.Clock() {
                            @Override
                            public long millis() {
                                return now.get() / 1_000_000;
                            }

                            @Override
                            public void sleep(java.time.Duration duration) {
                                now.addAndGet(duration.toNanos());
                            }
                        },
                        timer);
        clock.sleep(java.time.Duration.ofMillis(20));
        assertThat(timer.nodeNanos()).isEqualTo(20_000_000);
    }
}
