package dev.baton.devnet.container;

import dev.baton.devnet.ProjectRoot;
import java.util.List;

/**
 * The devnet image, built locally because no registry is reachable: a root filesystem from the
 * host's Node runtime and Hardhat packages, imported with {@code docker import}. The tag hashes
 * {@code package-lock.json} (and this recipe's version), so a changed toolchain gets a new image.
 */
public final class HardhatImage {

    public static final String REPOSITORY = "baton/hardhat-devnet";
    public static final int RPC_PORT = 8545;

    /** Bump when the image layout changes, so existing tags are not reused. */
    private static final String RECIPE_VERSION = "1";

    private HardhatImage() {}

    /** The image name for this project's toolchain, e.g. {@code baton/hardhat-devnet:3f2a...}. */
    public static String nameFor(ProjectRoot root) {
        return LocalImages.tag(
                REPOSITORY,
                RECIPE_VERSION,
                root.packageLock(),
                "cannot read " + root.packageLock());
    }

    /** Returns the image name, building the image first when Docker does not have it. */
    public static String ensure(ProjectRoot root) {
        String name = nameFor(root);
        return LocalImages.ensure(
                name,
                "devnet",
                root.devnetWorkDir(),
                rootfs -> new RootfsAssembler(root).assemble(rootfs),
                changes());
    }

    static List<String> importCommand(String name) {
        return LocalImages.importCommand(name, changes());
    }

    private static List<String> changes() {
        String entrypoint =
                "[\""
                        + RootfsAssembler.NODE_IN_IMAGE
                        + "\",\""
                        + RootfsAssembler.HARDHAT_CLI_IN_IMAGE
                        + "\",\"node\",\"--hostname\",\"0.0.0.0\",\"--port\",\""
                        + RPC_PORT
                        + "\"]";
        return List.of(
                "ENTRYPOINT " + entrypoint,
                "WORKDIR " + RootfsAssembler.APP_DIR,
                "ENV HOME=/tmp",
                "EXPOSE " + RPC_PORT);
    }
}
