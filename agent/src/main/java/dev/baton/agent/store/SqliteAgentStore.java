package dev.baton.agent.store;

import dev.baton.types.TxHash;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The agent store in one SQLite database file. Every write is its own transaction with {@code
 * synchronous=FULL} in WAL mode, so a write that returned survives {@code kill -9} (and a power
 * cut); SQLite needs no server and no lock file cleanup after a crash. One connection, calls
 * serialised.
 */
public final class SqliteAgentStore implements AgentStore {
    /**
     * Version 1: tables {@code cursors(agent, name, position)} and {@code pending_tx(agent, duty,
     * tx_hash, sent_block)}.
     */
    public static final int SCHEMA_VERSION = 1;

    private final Path file;
    private final Connection db;

    private SqliteAgentStore(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /**
     * Opens (creating if absent) the store at {@code file}; a newer schema than this agent knows is
     * refused.
     */
    public static SqliteAgentStore open(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
            SqliteAgentStore store = new SqliteAgentStore(file, db);
            store.migrate();
            return store;
        } catch (SQLException | java.io.IOException e) {
            throw new AgentStoreException(
                    "agent store " + file + ": cannot open: " + e.getMessage(), e);
        }
    }

    private void migrate() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=FULL");
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
            int version = readVersion(s);
            if (version > SCHEMA_VERSION) {
                db.close();
                throw new AgentStoreException(
                        "agent store "
                                + file
                                + ": schema version "
                                + version
                                + " is newer than this agent's "
                                + SCHEMA_VERSION
                                + "; use the newer agent or another store file");
            }
            if (version == 0) {
                s.execute(
                        "CREATE TABLE cursors (agent TEXT NOT NULL, name TEXT NOT NULL, position INTEGER NOT NULL,"
                                + " PRIMARY KEY (agent, name))");
                s.execute(
                        "CREATE TABLE pending_tx (agent TEXT NOT NULL, duty TEXT NOT NULL, tx_hash TEXT NOT NULL,"
                                + " sent_block INTEGER NOT NULL, PRIMARY KEY (agent, duty))");
                s.execute("INSERT INTO schema_version (version) VALUES (" + SCHEMA_VERSION + ")");
            }
        }
    }

    private static int readVersion(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    @Override
    public synchronized int schemaVersion() {
        try (Statement s = db.createStatement()) {
            return readVersion(s);
        } catch (SQLException e) {
            throw failure("read the schema version", e);
        }
    }

    @Override
    public synchronized OptionalLong cursor(String agent, String name) {
        try (PreparedStatement q =
                db.prepareStatement("SELECT position FROM cursors WHERE agent = ? AND name = ?")) {
            q.setString(1, agent);
            q.setString(2, name);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        } catch (SQLException e) {
            throw failure("read cursor " + agent + "/" + name, e);
        }
    }

    @Override
    public synchronized void setCursor(String agent, String name, long position) {
        update(
                "write cursor " + agent + "/" + name,
                "INSERT INTO cursors (agent, name, position) VALUES (?, ?, ?)"
                        + " ON CONFLICT (agent, name) DO UPDATE SET position = excluded.position",
                agent,
                name,
                position);
    }

    @Override
    public synchronized Optional<PendingTx> pending(String agent, String duty) {
        try (PreparedStatement q =
                db.prepareStatement(
                        "SELECT duty, tx_hash, sent_block FROM pending_tx WHERE agent = ? AND duty = ?")) {
            q.setString(1, agent);
            q.setString(2, duty);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(row(rs)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read pending transaction " + agent + "/" + duty, e);
        }
    }

    @Override
    public synchronized void putPending(String agent, PendingTx tx) {
        update(
                "record pending transaction " + agent + "/" + tx.duty(),
                "INSERT INTO pending_tx (agent, duty, tx_hash, sent_block) VALUES (?, ?, ?, ?) ON CONFLICT (agent, duty)"
                        + " DO UPDATE SET tx_hash = excluded.tx_hash, sent_block = excluded.sent_block",
                agent,
                tx.duty(),
                tx.hash().hex(),
                tx.sentAtBlock());
    }

    @Override
    public synchronized void clearPending(String agent, String duty) {
        update(
                "clear pending transaction " + agent + "/" + duty,
                "DELETE FROM pending_tx WHERE agent = ? AND duty = ?",
                agent,
                duty);
    }

    @Override
    public synchronized List<PendingTx> allPending(String agent) {
        try (PreparedStatement q =
                db.prepareStatement(
                        "SELECT duty, tx_hash, sent_block FROM pending_tx WHERE agent = ? ORDER BY duty")) {
            q.setString(1, agent);
            List<PendingTx> out = new ArrayList<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw failure("list pending transactions of " + agent, e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }

    private static PendingTx row(ResultSet rs) throws SQLException {
        return new PendingTx(rs.getString(1), TxHash.of(rs.getString(2)), rs.getLong(3));
    }

    private void update(String what, String sql, Object... args) {
        try (PreparedStatement u = db.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                u.setObject(i + 1, args[i]);
            }
            u.executeUpdate();
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private AgentStoreException failure(String what, SQLException e) {
        return new AgentStoreException(
                "agent store " + file + ": cannot " + what + ": " + e.getMessage(), e);
    }
}
