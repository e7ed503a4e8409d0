package dev.baton.devnet.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.baton.devnet.DevnetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * What the Hardhat and the anvil images share: a tag hashing what they are built from, and a build
 * that assembles a root filesystem and imports it with {@code docker import} (nothing is pulled).
 */
final class LocalImages {
    private static final Logger LOG = LoggerFactory.getLogger(LocalImages.class);

    /** Writes an image's files into an empty root filesystem directory. */
    interface Rootfs {
        void assemble(Path rootfs) throws IOException;
    }

    private LocalImages() {}

    /**
     * {@code repository:tag}, the tag hashing {@code recipeVersion} and the bytes of {@code
     * source}; {@code unreadable} is the message when the source cannot be read.
     */
    static String tag(String repository, String recipeVersion, Path source, String unreadable) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(recipeVersion.getBytes());
            sha256.update(Files.readAllBytes(source));
            return repository + ":" + HexFormat.of().formatHex(sha256.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException(unreadable, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /**
     * Returns {@code name}, building the image first when Docker does not have it; {@code label}
     * names the image in messages.
     */
    static synchronized String ensure(
            String name, String label, Path workDir, Rootfs rootfs, List<String> changes) {
        DockerClient docker = DockerClientFactory.instance().client();
        if (exists(docker, name)) {
            return name;
        }
        // One build at a time per project, also across JVMs (a file lock; `synchronized` covers
        // this JVM's threads).
        try (FileChannel channel = lockFile(workDir);
                FileLock ignored = channel.lock()) {
            if (exists(docker, name)) {
                return name;
            }
            build(name, label, workDir, rootfs, changes);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot build " + label + " image " + name + ": " + e.getMessage(), e);
        }
    }

    /** {@code docker import} of a root filesystem on stdin as {@code name}, with its changes. */
    static List<String> importCommand(String name, List<String> changes) {
        List<String> command = new ArrayList<>(List.of("docker", "import"));
        for (String change : changes) {
            command.add("--change");
            command.add(change);
        }
        command.add("-");
        command.add(name);
        return List.copyOf(command);
    }

    /** The path of {@code absolutePath} of the image inside the directory {@code rootfs}. */
    static Path inside(Path rootfs, String absolutePath) {
        return rootfs.resolve(absolutePath.substring(1));
    }

    /**
     * Copies a file's content (following symlinks, as the loader would) and keeps its permissions.
     */
    static void copyFile(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(
                source,
                target,
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES);
    }

    private static void build(
            String name, String label, Path workDir, Rootfs recipe, List<String> changes)
            throws IOException {
        long started = System.nanoTime();
        Path rootfs = Files.createTempDirectory(Files.createDirectories(workDir), "rootfs-");
        try {
            recipe.assemble(rootfs);
            Commands.pipe(
                    List.of("tar", "-C", rootfs.toString(), "-c", "."),
                    importCommand(name, changes),
                    workDir,
                    600);
        } finally {
            deleteTree(rootfs);
        }
        LOG.info(
                "built {} image {} in {} ms",
                label,
                name,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static boolean exists(DockerClient docker, String name) {
        try {
            docker.inspectImageCmd(name).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static FileChannel lockFile(Path workDir) throws IOException {
        Files.createDirectories(workDir);
        return FileChannel.open(
                workDir.resolve("image-build.lock"),
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new DevnetException(
                    "cannot delete image build directory " + dir + ": " + e.getMessage(), e);
        }
    }
}
