package dev.baton.devnet.container;

import dev.baton.devnet.ProjectRoot;
import dev.baton.devnet.anvil.AnvilCommandLine;
import dev.baton.signer.DevAccounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

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
        return LocalImages.tag(
                REPOSITORY,
                RECIPE_VERSION,
                AnvilCommandLine.binary(root),
                "cannot read the anvil binary");
    }

    /** Returns the image name, building the image first when Docker does not have it. */
    public static String ensure(ProjectRoot root) {
        return LocalImages.ensure(
                nameFor(root),
                "anvil",
                root.devnetWorkDir(),
                rootfs -> assemble(root, rootfs),
                changes());
    }

    private static void assemble(ProjectRoot root, Path rootfs) throws IOException {
        Path binary = AnvilCommandLine.binary(root).toRealPath();
        LocalImages.copyFile(binary, LocalImages.inside(rootfs, ANVIL_IN_IMAGE));
        for (Path library : SharedLibraries.of(List.of(binary))) {
            LocalImages.copyFile(library, LocalImages.inside(rootfs, library.toString()));
        }
        for (String dir : List.of("/tmp", "/data")) {
            Files.setPosixFilePermissions(
                    Files.createDirectories(LocalImages.inside(rootfs, dir)),
                    PosixFilePermissions.fromString("rwxrwxrwx"));
        }
    }

    static List<String> importCommand(String name) {
        return LocalImages.importCommand(name, changes());
    }

    private static List<String> changes() {
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
        return List.of("ENTRYPOINT " + entrypoint, "ENV HOME=/tmp", "EXPOSE " + RPC_PORT);
    }
}
