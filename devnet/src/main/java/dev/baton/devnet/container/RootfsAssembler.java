package dev.baton.devnet.container;

import dev.baton.devnet.ProjectRoot;
import dev.baton.model.Json;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Builds the root filesystem of the devnet image from what the host already has: the project's Node
 * 22 binary with every shared library it and Hardhat's native module load (the loader included),
 * Hardhat's run-time packages from {@code node_modules}, and a Hardhat config with no plugins for
 * the node.
 */
final class RootfsAssembler {

    static final String NODE_IN_IMAGE = "/usr/local/bin/node";
    static final String APP_DIR = "/app";
    static final String HARDHAT_CLI_IN_IMAGE = APP_DIR + "/node_modules/hardhat/dist/src/cli.js";

    private final ProjectRoot root;

    RootfsAssembler(ProjectRoot root) {
        this.root = root;
    }

    /** Fills the empty directory {@code rootfs}. */
    void assemble(Path rootfs) throws IOException {
        Path node = root.node().toRealPath();
        Path app = LocalImages.inside(rootfs, APP_DIR);
        List<Path> nativeModules = copyHardhatPackages(app);
        LocalImages.copyFile(node, LocalImages.inside(rootfs, NODE_IN_IMAGE));
        List<Path> binaries = new ArrayList<>(List.of(node));
        binaries.addAll(nativeModules);
        for (Path library : SharedLibraries.of(binaries)) {
            LocalImages.copyFile(library, LocalImages.inside(rootfs, library.toString()));
        }
        Files.writeString(
                app.resolve("package.json"),
                "{\"name\":\"baton-devnet\",\"private\":true,\"type\":\"module\"}\n");
        Files.writeString(
                app.resolve("hardhat.config.js"),
                "// Baton devnet image: Hardhat's built-in network only.\nexport default {};\n");
        Path tmp = Files.createDirectories(LocalImages.inside(rootfs, "/tmp"));
        Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rwxrwxrwx"));
    }

    /**
     * Copies Hardhat's run-time dependency closure; returns the native ({@code .node}) modules
     * copied.
     */
    private List<Path> copyHardhatPackages(Path app) throws IOException {
        List<String> packages =
                LockfileClosure.of(Json.MAPPER.readTree(root.packageLock().toFile()), "hardhat");
        List<Path> nativeModules = new ArrayList<>();
        for (String key : packages) {
            Path source = root.dir().resolve(key);
            if (!Files.isDirectory(source)) {
                // an optional dependency npm did not install here
                continue;
            }
            copyTree(source, app.resolve(key));
            try (Stream<Path> files = Files.walk(source)) {
                files.filter(
                                file ->
                                        file.getFileName().toString().endsWith(".node")
                                                && Files.isRegularFile(file))
                        .forEach(nativeModules::add);
            }
        }
        return nativeModules;
    }

    /**
     * Copies a package directory, keeping symlinks as links. Its own {@code node_modules} is
     * skipped: nested packages are separate lockfile entries, copied only when they are part of the
     * closure.
     */
    private static void copyTree(Path source, Path target) throws IOException {
        Files.walkFileTree(
                source,
                new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                            throws IOException {
                        if (dir.equals(source.resolve("node_modules"))) {
                            return FileVisitResult.SKIP_SUBTREE;
                        }
                        Files.createDirectories(target.resolve(source.relativize(dir).toString()));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                            throws IOException {
                        Files.copy(
                                file,
                                target.resolve(source.relativize(file).toString()),
                                StandardCopyOption.COPY_ATTRIBUTES,
                                LinkOption.NOFOLLOW_LINKS);
                        return FileVisitResult.CONTINUE;
                    }
                });
    }
}
