package dev.baton.devnet;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The Baton project directory (where {@code hardhat.config.js} and {@code node_modules} live), from
 * env {@code BATON_ROOT} or by walking up from the working directory.
 */
public record ProjectRoot(Path dir) {

    public static final String ENV_VAR = "BATON_ROOT";
    static final String MARKER = "hardhat.config.js";

    public ProjectRoot {
        dir = dir.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(MARKER))) {
            throw new DevnetException("not a Baton project root (no " + MARKER + "): " + dir);
        }
    }

    /** Finds the root from the environment and the working directory of this JVM. */
    public static ProjectRoot locate() {
        return locate(System.getenv(), Path.of(System.getProperty("user.dir")));
    }

    static ProjectRoot locate(Map<String, String> env, Path workingDir) {
        String fromEnv = env.get(ENV_VAR);
        if (fromEnv != null && !fromEnv.isBlank()) {
            Path dir = Path.of(fromEnv);
            if (!Files.isRegularFile(dir.resolve(MARKER))) {
                throw new DevnetException(
                        "env "
                                + ENV_VAR
                                + "="
                                + fromEnv
                                + " does not point at a Baton project root (no "
                                + MARKER
                                + " there)");
            }
            return new ProjectRoot(dir);
        }
        for (Path dir = workingDir.toAbsolutePath().normalize();
                dir != null;
                dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MARKER))) {
                return new ProjectRoot(dir);
            }
        }
        throw new DevnetException(
                "cannot find the Baton project root: set env "
                        + ENV_VAR
                        + " or run from inside the project (no "
                        + MARKER
                        + " in "
                        + workingDir.toAbsolutePath()
                        + " or above)");
    }

    /** The project's Node 22 launcher, installed by the build's npm step. */
    public Path node() {
        return requireFile(
                dir.resolve("node_modules/.bin/node"), "Node 22 (node_modules/.bin/node)");
    }

    /**
     * Hardhat's command line entry point, run by {@link #node()} directly (no npx wrapper PID in
     * between).
     */
    public Path hardhatCli() {
        return requireFile(dir.resolve("node_modules/hardhat/dist/src/cli.js"), "Hardhat's CLI");
    }

    public Path nodeModules() {
        return dir.resolve("node_modules");
    }

    public Path packageLock() {
        return requireFile(dir.resolve("package-lock.json"), "package-lock.json");
    }

    /** Scratch space for PID files, logs and image builds: {@code <root>/target/devnet}. */
    public Path devnetWorkDir() {
        return dir.resolve("target").resolve("devnet");
    }

    private Path requireFile(Path file, String what) {
        if (!Files.exists(file)) {
            throw new DevnetException(
                    what
                            + " is missing at "
                            + file
                            + ": run the Maven build once (its npm step installs the Hardhat toolchain)");
        }
        return file;
    }
}
