package dev.baton.agent.sequencer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.baton.client.auction.ScheduledSlot;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchSourcesTest {
    private static final String HASH = "0x" + "1f".repeat(32);
    private static final ScheduledSlot SLOT = new ScheduledSlot(12, 3, 0);

    @TempDir Path dir;

    @Test
    void theDirectorySourceReadsOneFilePerSlotAndWaitsForItsHash() throws Exception {
        DirectoryBatchSource source = new DirectoryBatchSource(dir);
        assertThatThrownBy(() -> source.batchFor(SLOT))
                .isInstanceOf(BatchNotReadyException.class)
                .hasMessageContaining("12-3.batch");
        Files.writeString(dir.resolve("12-3.batch"), "0x1f1f"); // being written
        assertThatThrownBy(() -> source.batchFor(SLOT)).isInstanceOf(BatchNotReadyException.class);
        Files.writeString(dir.resolve("12-3.batch"), HASH + "\n");
        assertThat(HexFormat.of().formatHex(source.batchFor(SLOT))).isEqualTo(HASH.substring(2));
        assertThat(DirectoryBatchSource.fileName(new ScheduledSlot(0, 7, 2)))
                .isEqualTo("0-7.batch");
    }

    /** A started batch server on loopback answering {@code /next} with {@code handler}. */
    private static HttpServer batchServer(HttpHandler handler) throws IOException {
        HttpServer server =
                HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 4);
        server.createContext("/next", handler);
        server.start();
        return server;
    }

    @Test
    void theHttpSourceAsksForTheSlotAndTellsNotReadyFromFailure() throws Exception {
        Map<String, String> batches = new ConcurrentHashMap<>();
        List<String> queries = new CopyOnWriteArrayList<>();
        HttpServer server =
                batchServer(
                        ex -> {
                            try (ex) {
                                String query = ex.getRequestURI().getQuery();
                                queries.add(query);
                                if (query.contains("slot=99")) {
                                    ex.sendResponseHeaders(500, -1);
                                    return;
                                }
                                String body = batches.get(query);
                                if (body == null) {
                                    ex.sendResponseHeaders(204, -1);
                                    return;
                                }
                                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                                ex.sendResponseHeaders(200, bytes.length);
                                ex.getResponseBody().write(bytes);
                            }
                        });
        try {
            HttpBatchSource source =
                    new HttpBatchSource(
                            URI.create(
                                    "http://127.0.0.1:" + server.getAddress().getPort() + "/next"),
                            Duration.ofSeconds(2));
            assertThatThrownBy(() -> source.batchFor(SLOT))
                    .isInstanceOf(BatchNotReadyException.class)
                    .hasMessageContaining("204");
            batches.put("epoch=12&slot=3", HASH);
            assertThat(HexFormat.of().formatHex(source.batchFor(SLOT)))
                    .isEqualTo(HASH.substring(2));
            assertThat(queries).containsExactly("epoch=12&slot=3", "epoch=12&slot=3");
            assertThatThrownBy(() -> source.batchFor(new ScheduledSlot(12, 99, 0)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("HTTP 500");
            batches.put("epoch=1&slot=1", "not a hash");
            assertThatThrownBy(() -> source.batchFor(new ScheduledSlot(1, 1, 0)))
                    .hasMessageContaining("not a 0x-prefixed");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theHttpSourceFeedsThePublishDutyEndToEnd(@TempDir Path storeDir) throws Exception {
        HttpServer server =
                batchServer(
                        ex -> {
                            try (ex) {
                                String query = ex.getRequestURI().getQuery();
                                byte[] bytes =
                                        String.format("0x%064x", query.hashCode() & 0xffffffffL)
                                                .getBytes(StandardCharsets.UTF_8);
                                ex.sendResponseHeaders(200, bytes.length);
                                ex.getResponseBody().write(bytes);
                            }
                        });
        FakeAuctionNode node = new FakeAuctionNode();
        String yaml =
                "store: s.db\nbid:\n  fixed: 100\nbatches:\n  http: http://127.0.0.1:"
                        + server.getAddress().getPort()
                        + "/next\n";
        SequencerAgentConfig config =
                dev.baton.agent.config.AgentConfigFile.parse(
                        "seq.yaml", yaml, SequencerAgentConfig.class);
        try (SequencerHarness agent =
                new SequencerHarness(
                        node,
                        storeDir.resolve("s.db"),
                        yaml,
                        SequencerDuties.batchSource(config, storeDir))) {
            for (long block = 9; block <= 24; block++) {
                if (block == 15) {
                    node.sealByKeeper(0);
                }
                agent.head(block);
                node.mine();
            }
            assertThat(node.sent)
                    .contains("publish 0/0", "publish 0/1", "publish 0/2", "publish 0/3");
        } finally {
            server.stop(0);
        }
    }
}
