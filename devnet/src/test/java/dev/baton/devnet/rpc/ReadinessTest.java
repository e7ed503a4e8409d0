package dev.baton.devnet.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ReadinessTest {

    @Test
    void returnsTheChainIdOnceTheNodeAnswers() {
        AtomicInteger attempts = new AtomicInteger();
        try (FakeJsonRpcNode node = new FakeJsonRpcNode()) {
            node.answer(
                    "eth_chainId",
                    params -> {
                        if (attempts.incrementAndGet() < 3) {
                            throw new IllegalStateException("still starting");
                        }
                        return "0x539";
                    });

            assertThat(Readiness.await(node.url(), Duration.ofSeconds(10), () -> true))
                    .isEqualTo(1337);
        }
    }

    @Test
    void stopsWaitingWhenTheNodeCanNoLongerStart() {
        long started = System.nanoTime();

        assertThatThrownBy(
                        () ->
                                Readiness.await(
                                        "http://127.0.0.1:9", Duration.ofSeconds(30), () -> false))
                .isInstanceOf(Readiness.NodeNotReadyException.class)
                .hasMessageContaining("stopped before answering");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void timesOutWithTheLastError() {
        assertThatThrownBy(
                        () ->
                                Readiness.await(
                                        "http://127.0.0.1:9", Duration.ofMillis(200), () -> true))
                .isInstanceOf(Readiness.NodeNotReadyException.class)
                .hasMessageContaining("within 200 ms")
                .hasMessageContaining("last error");
    }
}
