package dev.baton.agent.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.types.TxHash;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteAgentStoreTest {
    private static final TxHash HASH = TxHash.of("0x" + "ab".repeat(32));

    @TempDir Path dir;

    @Test
    void pendingHashesAndCursorsSurviveReopeningTheSameFile() {
        Path file = dir.resolve("agent.db");
        try (SqliteAgentStore store = SqliteAgentStore.open(file)) {
            store.putPending("keeper", new PendingTx("seal epoch 3", HASH, 41));
            store.setCursor("keeper", "seal.nextEpoch", 3);
        }
        try (SqliteAgentStore reopened = SqliteAgentStore.open(file)) {
            assertThat(reopened.schemaVersion()).isEqualTo(SqliteAgentStore.SCHEMA_VERSION);
            assertThat(reopened.pending("keeper", "seal epoch 3"))
                    .contains(new PendingTx("seal epoch 3", HASH, 41));
            assertThat(reopened.cursor("keeper", "seal.nextEpoch")).hasValue(3);
            assertThat(reopened.pending("other-agent", "seal epoch 3")).isEmpty();
            reopened.clearPending("keeper", "seal epoch 3");
            assertThat(reopened.allPending("keeper")).isEmpty();
        }
    }

    @Test
    void aCursorIsOverwrittenAndAPendingHashReplacedPerDuty() {
        try (SqliteAgentStore store = SqliteAgentStore.open(dir.resolve("a.db"))) {
            store.setCursor("k", "c", 1);
            store.setCursor("k", "c", 2);
            TxHash other = TxHash.of("0x" + "cd".repeat(32));
            store.putPending("k", new PendingTx("seal epoch 1", HASH, 1));
            store.putPending("k", new PendingTx("seal epoch 1", other, 5));
            assertThat(store.cursor("k", "c")).hasValue(2);
            assertThat(store.allPending("k"))
                    .containsExactly(new PendingTx("seal epoch 1", other, 5));
        }
    }

    @Test
    void aStoreWithANewerSchemaIsRefusedNamingTheFile() throws Exception {
        Path file = dir.resolve("newer.db");
        SqliteAgentStore.open(file).close();
        try (var db = DriverManager.getConnection("jdbc:sqlite:" + file);
                var s = db.createStatement()) {
            s.execute("INSERT INTO schema_version (version) VALUES (99)");
        }
        assertThatThrownBy(() -> SqliteAgentStore.open(file))
                .isInstanceOf(AgentStoreException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("schema version 99");
    }
}
