package dev.baton.devnet.container;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.baton.devnet.DevnetException;
import dev.baton.devnet.ProjectRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;

/**
 * The devnet image, built locally because no registry is reachable: a root filesystem from the
 * host's Node runtime and Hardhat packages, imported with {@code docker import}. The tag hashes
 * {@code package-lock.json} (and this recipe's version), so a changed toolchain gets a new image.
 */
public final class HardhatImage {

    private static final Logger LOG = LoggerFactory.getLogger(HardhatImage.class);
    public static final String REPOSITORY = "baton/hardhat-devnet";
    public static final int RPC_PORT = 8545;

    /** Bump when the image layout changes, so existing tags are not reused. */
    private static final String RECIPE_VERSION = "1";

    private HardhatImage() {}

    /** The image name for this project's toolchain, e.g. {@code baton/hardhat-devnet:3f2a...}. */
    public static String nameFor(ProjectRoot root) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(RECIPE_VERSION.getBytes());
            sha256.update(Files.readAllBytes(root.packageLock()));
            return REPOSITORY + ":" + HexFormat.of().formatHex(sha256.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root.packageLock(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Returns the image name, building the image first when Docker does not have it. */
    public static synchronized String ensure(ProjectRoot root) {
        String name = nameFor(root);
        DockerClient docker = DockerClientFactory.instance().client();
        if (exists(docker, name)) {
            return name;
        }
        Path workDir = root.devnetWorkDir();
        // One build at a time per project, also across JVMs (a file lock; `synchronized` covers
        // this JVM's threads).
        try (FileChannel channel = lockFile(workDir);
                FileLock ignored = channel.lock()) {
            if (exists(docker, name)) {
                return name;
            }
            build(root, name, workDir);
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot build devnet image " + name + ": " + e.getMessage(), e);
        }
    }

    private static boolean exists(DockerClient docker, String name) {
        try {
            docker.inspectImageCmd(name).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static void build(ProjectRoot root, String name, Path workDir) throws IOException {
        long started = System.nanoTime();
        Path rootfs = Files.createTempDirectory(Files.createDirectories(workDir), "rootfs-");
        try {
            new RootfsAssembler(root).assemble(rootfs);
            Commands.pipe(
                    List.of("tar", "-C", rootfs.toString(), "-c", "."),
                    importCommand(name),
                    workDir,
                    600);
        } finally {
            deleteTree(rootfs);
        }
        LOG.info("built devnet image {} in {} ms", name, (System.nanoTime() - started) / 1_000_000);
    }

    static List<String> importCommand(String name) {
        String entrypoint =
                "[\""
                        + RootfsAssembler.NODE_IN_IMAGE
                        + "\",\""
                        + RootfsAssembler.HARDHAT_CLI_IN_IMAGE
                        + "\",\"node\",\"--hostname\",\"0.0.0.0\",\"--port\",\""
                        + RPC_PORT
                        + "\"]";
        return List.of(
                "docker",
                "import",
                "--change",
                "ENTRYPOINT " + entrypoint,
                "--change",
                "WORKDIR " + RootfsAssembler.APP_DIR,
                "--change",
                "ENV HOME=/tmp",
                "--change",
                "EXPOSE " + RPC_PORT,
                "-",
                name);
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
