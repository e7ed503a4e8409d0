package dev.baton.devnet.container;

import com.github.dockerjava.api.exception.NotFoundException;
import dev.baton.devnet.DevnetException;
import dev.baton.devnet.ProjectRoot;
import dev.baton.devnet.anvil.AnvilCommandLine;
import dev.baton.signer.DevAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.testcontainers.DockerClientFactory;

/**
 * The anvil devnet image, assembled locally like {@link HardhatImage} (nothing is pulled): the
 * project's anvil binary with the shared libraries it loads, imported with {@code docker import}.
 * The chain lives in {@code /data}, so a stopped and restarted container keeps it. The tag hashes
 * the binary.
 */
public final class AnvilImage {
    public static final String REPOSITORY = "baton/anvil-devnet";
    public static final int RPC_PORT = 8545;
    static final String ANVIL_IN_IMAGE = "/usr/local/bin/anvil";
    static final String STATE_IN_IMAGE = "/data/state.json";
    private static final String RECIPE_VERSION = "1";

    private AnvilImage() {}

    public static String nameFor(ProjectRoot root) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(RECIPE_VERSION.getBytes());
            sha256.update(Files.readAllBytes(AnvilCommandLine.binary(root)));
            return REPOSITORY + ":" + HexFormat.of().formatHex(sha256.digest()).substring(0, 16);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the anvil binary", e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Returns the image name, building the image first when Docker does not have it. */
    public static synchronized String ensure(ProjectRoot root) {
        String name = nameFor(root);
        try {
            DockerClientFactory.instance().client().inspectImageCmd(name).exec();
            return name;
        } catch (NotFoundException missing) {
            build(root, name);
            return name;
        }
    }

    private static void build(ProjectRoot root, String name) {
        Path workDir = root.devnetWorkDir();
        Path rootfs = null;
        try {
            rootfs = Files.createTempDirectory(Files.createDirectories(workDir), "anvil-rootfs-");
            Path binary = AnvilCommandLine.binary(root).toRealPath();
            copy(binary, inside(rootfs, ANVIL_IN_IMAGE));
            for (Path library : SharedLibraries.of(List.of(binary))) {
                copy(library, inside(rootfs, library.toString()));
            }
            for (String dir : List.of("/tmp", "/data")) {
                Files.setPosixFilePermissions(
                        Files.createDirectories(inside(rootfs, dir)),
                        PosixFilePermissions.fromString("rwxrwxrwx"));
            }
            Commands.pipe(
                    List.of("tar", "-C", rootfs.toString(), "-c", "."),
                    importCommand(name),
                    workDir,
                    600);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot build anvil image " + name + ": " + e.getMessage(), e);
        } finally {
            if (rootfs != null) {
                deleteTree(rootfs);
            }
        }
    }

    static List<String> importCommand(String name) {
        String entrypoint =
                "[\""
                        + ANVIL_IN_IMAGE
                        + "\",\"--host\",\"0.0.0.0\",\"--port\",\""
                        + RPC_PORT
                        + "\",\"--accounts\",\""
                        + DevAccounts.HARDHAT_ACCOUNT_COUNT
                        + "\",\"--mnemonic\",\""
                        + DevAccounts.HARDHAT_MNEMONIC
                        + "\",\"--hardfork\",\"prague\",\"--state\",\""
                        + STATE_IN_IMAGE
                        + "\",\"--preserve-historical-states\"]";
        return List.of(
                "docker",
                "import",
                "--change",
                "ENTRYPOINT " + entrypoint,
                "--change",
                "ENV HOME=/tmp",
                "--change",
                "EXPOSE " + RPC_PORT,
                "-",
                name);
    }

    private static Path inside(Path rootfs, String absolutePath) {
        return rootfs.resolve(absolutePath.substring(1));
    }

    private static void copy(Path source, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Files.copy(
                source,
                target,
                StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.COPY_ATTRIBUTES);
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
