package dev.baton.events;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.client.Baton;
import dev.baton.devnet.ProjectRoot;
import dev.baton.devnet.anvil.AnvilProcess;
import dev.baton.devnet.deploy.Deployer;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.DevAccount;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real reorganisations on anvil ({@code anvil_reorg}, depth 1-3) landing at every point of a cursor
 * poll: before its {@code eth_getLogs}, between the logs and the hash check, and after the poll
 * (before the next one). The consumer sees every log of the final canonical chain exactly once as
 * ADDED, and every log it was given from an abandoned block exactly once as REMOVED.
 */
class LogCursorReorgIT {
    private static AnvilProcess devnet;
    private static DeploymentManifest manifest;
    private static int salt;

    @BeforeAll
    static void start() {
        devnet = AnvilProcess.start(ProjectRoot.locate());
        manifest = Deployer.standard().deploy(devnet);
    }

    @AfterAll
    static void stop() {
        if (devnet != null) {
            devnet.close();
        }
    }

    static List<Arguments> points() {
        List<Arguments> out = new java.util.ArrayList<>();
        for (int depth = 1; depth <= 3; depth++) {
            for (String point : List.of("BEFORE_LOGS", "BETWEEN_LOGS_AND_HASHES", "AFTER_POLL")) {
                out.add(Arguments.of(depth, point));
            }
        }
        return out;
    }

    @ParameterizedTest(name = "reorg of depth {0} at {1}")
    @MethodSource("points")
    void canonicalLogsAreDeliveredExactlyOnceAndAbandonedOnesRemoved(int depth, String point) {
        DevAccount sender = devnet.account(4);
        Address holder = Address.of(String.format("0x%040x", 0xc0de0000L + ++salt));
        try (Web3jNode node = Web3jNode.connect(devnet.rpcUrl())) {
            ReorgingSource source = new ReorgingSource(node, devnet.control());
            Map<String, Integer> added = new HashMap<>();
            Map<String, Integer> removed = new HashMap<>();
            Address token;
            long start = node.blockNumber() + 1;
            LogCursor<TokenEvents.TokenEvent> cursor;
            try (Baton baton = Baton.connect(manifest, sender.signer(devnet.chainId()))) {
                token = baton.token("BTN");
                cursor =
                        new LogCursor<>(
                                source,
                                List.of(token),
                                TokenEvents.decoder(),
                                new CursorOptions(1, 3, 64),
                                PositionStore.inMemory(),
                                start);
                for (int i = 0; i < 5; i++) {
                    baton.tokens().transfer(token, holder, Amount.of(1));
                }
            }
            if (!point.equals("AFTER_POLL")) {
                source.arm(ReorgingSource.Point.valueOf(point), depth);
            }
            cursor.poll(c -> count(c, holder, added, removed));
            if (point.equals("AFTER_POLL")) {
                devnet.control().reorg(depth);
            }
            assertThat(source.fired()).isTrue();
            try (Baton baton = Baton.connect(manifest, sender.signer(devnet.chainId()))) {
                for (int i = 0; i < 2; i++) {
                    baton.tokens().transfer(token, holder, Amount.of(1));
                }
            }
            cursor.poll(c -> count(c, holder, added, removed));
            cursor.poll(c -> count(c, holder, added, removed));

            Set<String> canonical = new HashSet<>();
            for (RawLog log :
                    node.logs(
                            start,
                            node.blockNumber(),
                            List.of(token),
                            TokenEvents.decoder().topic0s())) {
                if (TokenEvents.decoder().decode(log).orElse(null) instanceof TokenEvents.Transfer t
                        && t.to().equals(holder)) {
                    canonical.add(log.key());
                }
            }
            assertThat(canonical)
                    .as("the final chain has the later transfers at least")
                    .hasSizeGreaterThanOrEqualTo(2);
            for (String key : canonical) {
                assertThat(added.getOrDefault(key, 0))
                        .as("canonical %s added once", key)
                        .isEqualTo(1);
                assertThat(removed.getOrDefault(key, 0))
                        .as("canonical %s never removed", key)
                        .isZero();
            }
            for (String key : added.keySet()) {
                if (canonical.contains(key)) {
                    continue;
                }
                assertThat(added.get(key)).as("abandoned %s added at most once", key).isEqualTo(1);
                assertThat(removed.getOrDefault(key, 0))
                        .as("abandoned %s removed once", key)
                        .isEqualTo(1);
            }
            assertThat(removed.keySet())
                    .as("only delivered logs are removed")
                    .isSubsetOf(added.keySet());
            int removals = removed.values().stream().mapToInt(Integer::intValue).sum();
            if (point.equals("AFTER_POLL")) {
                assertThat(removals)
                        .as("the %d delivered transfers of the abandoned blocks are removed", depth)
                        .isEqualTo(depth);
            } else {
                assertThat(removals)
                        .as("nothing of the abandoned fork was ever delivered")
                        .isZero();
            }
        }
    }

    private static void count(
            LogChange<TokenEvents.TokenEvent> change,
            Address holder,
            Map<String, Integer> added,
            Map<String, Integer> removed) {
        if (!(change.event() instanceof TokenEvents.Transfer t) || !t.to().equals(holder)) {
            return;
        }
        (change.added() ? added : removed).merge(change.log().key(), 1, Integer::sum);
    }
}
