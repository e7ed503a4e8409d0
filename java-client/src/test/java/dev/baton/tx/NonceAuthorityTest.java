package dev.baton.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.types.Address;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class NonceAuthorityTest {
    private static final Address ACCOUNT = Address.of("0x70997970c51812dc3a010c7d01b50e0d17dc79c8");
    private final AtomicLong nodeCount = new AtomicLong(5);
    private final AtomicInteger nodeQueries = new AtomicInteger();
    private final NonceAuthority nonces =
            new NonceAuthority(
                    ACCOUNT,
                    () -> {
                        nodeQueries.incrementAndGet();
                        return nodeCount.get();
                    });

    @Test
    void startsAtTheNodesPendingCountAndAsksOnlyOnce() {
        assertThat(nonces.reserve()).isEqualTo(5);
        assertThat(nonces.reserve()).isEqualTo(6);
        assertThat(nodeQueries).hasValue(1);
    }

    @Test
    void aReleasedNonceIsReusedBeforeAnyHigherOne() {
        long a = nonces.reserve();
        long b = nonces.reserve();
        long c = nonces.reserve();
        nonces.commit(a);
        nonces.release(b);
        nonces.commit(c);
        assertThat(nonces.reserve()).isEqualTo(b);
        assertThat(nonces.reserve()).isEqualTo(c + 1);
    }

    @Test
    void releasingTheTopShrinksBackSoNoGapIsLeft() {
        long a = nonces.reserve();
        long b = nonces.reserve();
        nonces.release(b);
        nonces.release(a);
        assertThat(nonces.peekNext()).isEqualTo(5);
    }

    @Test
    void nonceTooLowMovesPastTheNodesCount() {
        long a = nonces.reserve();
        nodeCount.set(9); // the key signed elsewhere
        nonces.nonceAlreadyUsed(a);
        assertThat(nonces.reserve()).isEqualTo(9);
    }

    @Test
    void resyncWithNothingInFlightFollowsTheNodeDown() {
        nonces.commit(nonces.reserve());
        nonces.commit(nonces.reserve());
        nodeCount.set(6); // the node lost our nonce-6 transaction
        nonces.resync();
        assertThat(nonces.reserve()).isEqualTo(6);
    }

    @Test
    void resyncAfterTheChainWasRevertedFollowsTheNodeDownEvenWithReleasedNonces() {
        long a = nonces.reserve();
        long b = nonces.reserve();
        nonces.commit(b);
        nonces.release(a); // released below a committed nonce
        nodeCount.set(5); // the chain was reverted: nothing of ours exists any more
        nonces.resync();
        assertThat(nonces.reserve()).isEqualTo(5);
        assertThat(nonces.reserve()).isEqualTo(6);
    }

    @Test
    void refusesToCommitOrReleaseWhatWasNotReserved() {
        assertThatThrownBy(() -> nonces.commit(42))
                .hasMessageContaining("nonce 42")
                .hasMessageContaining("not reserved");
    }

    /**
     * 20 threads each commit 50 nonces, failing sends at random and retrying: all unique and
     * gap-free.
     */
    @Test
    void concurrentCallersGetUniqueGapFreeNonces() throws Exception {
        Set<Long> committed = ConcurrentHashMap.newKeySet();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < 20; t++) {
            futures.add(
                    pool.submit(
                            () -> {
                                int mine = 0;
                                while (mine < 50) {
                                    long n = nonces.reserve();
                                    if (ThreadLocalRandom.current().nextInt(10) == 0) {
                                        nonces.release(n); // a failed send; the caller tries again
                                    } else {
                                        assertThat(committed.add(n))
                                                .as("nonce %d handed out twice", n)
                                                .isTrue();
                                        nonces.commit(n);
                                        mine++;
                                    }
                                }
                                return null;
                            }));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();

        List<Long> sorted = new ArrayList<>(committed);
        Collections.sort(sorted);
        assertThat(sorted).hasSize(1_000);
        assertThat(sorted.get(0)).isEqualTo(5);
        assertThat(sorted.get(999)).isEqualTo(1_004);
        assertThat(nonces.peekNext()).isEqualTo(1_005);
    }
}
