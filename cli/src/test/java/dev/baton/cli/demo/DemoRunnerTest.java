package dev.baton.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.progress.PlainProgress;
import dev.baton.cli.progress.ProgressSink;
import dev.baton.cli.report.DemoReport;
import dev.baton.client.BatonOptions;
import dev.baton.events.LogSource;
import dev.baton.model.DeploymentManifest;
import dev.baton.tx.EthNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class DemoRunnerTest {
    private final AtomicLong now = new AtomicLong();
    private final NodeTimer timer = new NodeTimer(now::get);

    /**
     * A node the phases below never call; closing it is the only thing the session does with it.
     */
    private static TimedNode idleNode(NodeTimer timer) {
        Object node =
                Proxy.newProxyInstance(
                        DemoRunnerTest.class.getClassLoader(),
                        new Class<?>[] {EthNode.class, LogSource.class, AutoCloseable.class},
                        (proxy, method, args) -> {
                            if (method.getName().equals("close")) {
                                return null;
                            }
                            throw new AssertionError("unexpected node call " + method.getName());
                        });
        return new TimedNode((EthNode & LogSource & AutoCloseable) node, timer);
    }

    /** A phase that spends 30 ms in the node and 10 ms in the client per step. */
    private DemoPhase phase(String name, Participant who) {
        return new DemoPhase() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public int steps() {
                return 2;
            }

            @Override
            public void run(
                    DemoSession session,
                    DemoObservations observations,
                    ProgressSink.Phase progress) {
                for (int i = 0; i < 2; i++) {
                    timer.time(() -> now.addAndGet(30_000_000));
                    now.addAndGet(10_000_000);
                    progress.step(name + " step " + i);
                }
                observations.deposited(who, "0x" + "00".repeat(20), who.stake());
            }
        };
    }

    @Test
    void runsPhasesInOrderAndSplitsTheWallTime() throws Exception {
        StringWriter progress = new StringWriter();
        Participant seq = new Participant("seq-a", "sequencer", 1, BigDecimal.TEN);
        Participant prover = new Participant("prover-1", "prover", 6, BigDecimal.ONE);
        DemoRunner runner =
                new DemoRunner(
                        List.of(phase("stake", seq), phase("market", prover)),
                        new PlainProgress(new PrintWriter(progress), now::get),
                        timer,
                        now::get);
        DeploymentManifest manifest =
                new DeploymentManifest(31337, "http://127.0.0.1:1", 0, Map.of(), Map.of());

        DemoReport report;
        try (DemoSession session =
                new DemoSession(manifest, idleNode(timer), timer, BatonOptions.defaults())) {
            report = runner.run(session);
        }

        assertThat(report.timing().wallMillis()).isEqualTo(160);
        assertThat(report.timing().nodeMillis()).isEqualTo(120);
        assertThat(report.participants())
                .extracting(p -> p.name())
                .containsExactly("seq-a", "prover-1");
        assertThat(report.chainId()).isEqualTo(31337);
        assertThat(progress.toString().lines())
                .contains("[stake] 2/2 stake step 1", "[market] done in 0.08 s: ok");
    }

    @Test
    void refusesAChainOtherThanTheDevnet() {
        DeploymentManifest manifest =
                new DeploymentManifest(1, "http://127.0.0.1:1", 0, Map.of(), Map.of());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () ->
                                new DemoSession(
                                        manifest, idleNode(timer), timer, BatonOptions.defaults()))
                .hasMessageContaining("devnet")
                .hasMessageContaining("was 1");
    }
}
