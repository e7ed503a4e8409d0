package dev.baton.devnet.process;

import dev.baton.devnet.OwnerProcess;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * One PID file per running node under {@code <root>/target/devnet/}: the node's PID, its port, and
 * the JVM that owns it. It outlives a JVM killed with SIGKILL (whose shutdown hook never ran), so
 * the next start can find and stop the node it left behind.
 */
public record NodePidFile(Path file, long nodePid, int port, OwnerProcess owner) {

    /** The PID files of Hardhat nodes. */
    public static final String SUFFIX = ".hardhat.pid";

    /** The PID files of anvil nodes. */
    public static final String ANVIL_SUFFIX = ".anvil.pid";

    static NodePidFile create(Path dir, long nodePid, int port, OwnerProcess owner) {
        return create(dir, nodePid, port, owner, SUFFIX);
    }

    /** Writes {@code node-<pid><suffix>} in {@code dir}. */
    public static NodePidFile create(
            Path dir, long nodePid, int port, OwnerProcess owner, String suffix) {
        Path file = dir.resolve("node-" + nodePid + suffix);
        String content =
                "node="
                        + nodePid
                        + "\nport="
                        + port
                        + "\nowner="
                        + owner.pid()
                        + "\nownerStart="
                        + owner.startMillis()
                        + "\n";
        try {
            Files.createDirectories(dir);
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the devnet PID file " + file, e);
        }
        return new NodePidFile(file, nodePid, port, owner);
    }

    static NodePidFile read(Path file) throws IOException {
        Properties fields = new Properties();
        fields.load(new StringReader(Files.readString(file)));
        try {
            return new NodePidFile(
                    file,
                    Long.parseLong(require(fields, "node", file)),
                    Integer.parseInt(require(fields, "port", file)),
                    new OwnerProcess(
                            Long.parseLong(require(fields, "owner", file)),
                            Long.parseLong(require(fields, "ownerStart", file))));
        } catch (NumberFormatException e) {
            throw new IOException(
                    "PID file " + file + " has a non-numeric field: " + e.getMessage(), e);
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the devnet PID file " + file, e);
        }
    }

    private static String require(Properties fields, String name, Path file) throws IOException {
        String value = fields.getProperty(name);
        if (value == null) {
            throw new IOException("PID file " + file + " lacks field '" + name + "'");
        }
        return value.trim();
    }
}
