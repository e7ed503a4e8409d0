package dev.baton.agent.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.client.auction.ChainHead;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentLoopTest {
    /** A chain whose head the test moves; {@code failing} makes the next read throw. */
    static final class FakeHead implements ChainHead {
        long block;
        boolean failing;

        @Override
        public long latestBlock() {
            if (failing) {
                throw new IllegalStateException("connection refused");
            }
            return block;
        }

        @Override
        public void awaitBlockAfter(long after) {}
    }

    static final class RecordingDuty implements Duty {
        final List<Long> heads = new ArrayList<>();
        boolean fail;

        @Override
        public String name() {
            return "recording";
        }

        @Override
        public void onHead(long block) {
            heads.add(block);
            if (fail) {
                throw new IllegalStateException("boom");
            }
        }
    }

    private final FakeHead head = new FakeHead();
    private final FakeClock clock = new FakeClock();
    private final AgentMetrics metrics = new AgentMetrics("test");
    private final AgentStatus status = new AgentStatus("test", 0);

    @Test
    void dutiesRunOncePerNewHeadAndSkippedHeadsAreNotReplayed() {
        RecordingDuty duty = new RecordingDuty();
        AgentLoop loop =
                new AgentLoop(head, List.of(duty), clock, Duration.ofMillis(100), metrics, status);
        head.block = 5;
        assertThat(loop.pollOnce()).isTrue();
        assertThat(loop.pollOnce()).isFalse(); // same head: nothing to do
        head.block = 9;
        loop.pollOnce();
        assertThat(duty.heads).containsExactly(5L, 9L);
        assertThat(status.lastBlock()).isEqualTo(9);
        assertThat(metrics.scrape()).contains("baton_agent_last_block{agent=\"test\"} 9");
    }

    @Test
    void aFailingNodeOrDutyIsCountedAndRetriedNotFatal() {
        RecordingDuty duty = new RecordingDuty();
        AgentLoop loop =
                new AgentLoop(head, List.of(duty), clock, Duration.ofMillis(100), metrics, status);
        head.failing = true;
        assertThat(loop.pollOnce()).isFalse();
        head.failing = false;
        head.block = 3;
        duty.fail = true;
        loop.pollOnce();
        assertThat(metrics.scrape())
                .contains("baton_agent_rpc_errors_total{agent=\"test\"} 1.0")
                .contains("baton_agent_duty_errors_total{agent=\"test\",duty=\"recording\"} 1.0");
        assertThat(status.snapshot(0, List.of(duty)).get("lastError")).isEqualTo("recording: boom");
    }

    @Test
    void stopEndsTheLoopAfterTheCurrentPollAndHealthTurnsStale() throws Exception {
        RecordingDuty duty = new RecordingDuty();
        AgentLoop loop =
                new AgentLoop(head, List.of(duty), clock, Duration.ofMillis(100), metrics, status);
        clock.onSleep(
                () -> {
                    head.block++;
                    if (head.block == 4) {
                        loop.stop();
                    }
                });
        loop.run(); // returns once stopped: the fake clock never really sleeps
        assertThat(loop.awaitStopped(Duration.ZERO)).isTrue();
        assertThat(duty.heads).containsExactly(0L, 1L, 2L, 3L);
        assertThat(status.isHealthy(clock.millis(), 1_000)).isFalse(); // stopping
    }

    @Test
    void healthIsStaleOnceNoHeadWasSeenForTheLimit() {
        AgentStatus fresh = new AgentStatus("a", 0);
        assertThat(fresh.isHealthy(500, 1_000)).isTrue();
        assertThat(fresh.isHealthy(1_500, 1_000)).isFalse();
        fresh.sawHead(7, 1_400);
        assertThat(fresh.isHealthy(1_500, 1_000)).isTrue();
    }
}
