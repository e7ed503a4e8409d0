package dev.baton.devnet.anvil;

import dev.baton.devnet.DevnetException;
import dev.baton.devnet.ProjectRoot;
import dev.baton.signer.DevAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The anvil binary (from the project's npm dependency) and the command line a devnet runs it with.
 */
public final class AnvilCommandLine {
    /** Where npm installs the Linux x64 anvil binary. */
    public static final String BINARY_IN_NODE_MODULES = "@foundry-rs/anvil-linux-amd64/bin/anvil";

    private AnvilCommandLine() {}

    public static Path binary(ProjectRoot root) {
        Path binary = root.nodeModules().resolve(BINARY_IN_NODE_MODULES);
        if (!Files.isExecutable(binary)) {
            throw new DevnetException(
                    "anvil is missing at " + binary + ": run npm install (it is a devDependency)");
        }
        return binary;
    }

    /**
     * Whether {@code handle} is an anvil node listening on {@code port} (checked before a stale PID
     * is killed).
     */
    public static boolean isNodeOnPort(ProcessHandle handle, int port) {
        ProcessHandle.Info info = handle.info();
        return info.command().isPresent()
                && info.arguments().isPresent()
                && matches(info.command().get(), List.of(info.arguments().get()), port);
    }

    static boolean matches(String command, List<String> args, int port) {
        if (!command.replace('\\', '/').endsWith("/anvil")) {
            return false;
        }
        int portFlag = args.indexOf("--port");
        return portFlag >= 0
                && portFlag + 1 < args.size()
                && args.get(portFlag + 1).equals(Integer.toString(port));
    }

    /**
     * The whole command line (binary first) of an anvil node on {@code host:port} keeping its chain
     * in {@code stateFile}.
     */
    public static List<String> command(
            ProjectRoot root, String host, int port, Path stateFile, AnvilOptions options) {
        List<String> command = new ArrayList<>();
        command.add(binary(root).toString());
        command.addAll(arguments(host, port, stateFile.toString(), options));
        return command;
    }

    /**
     * The arguments after the binary: the Hardhat dev accounts (same mnemonic, same count), the EVM
     * version the contracts are compiled for, and {@code --state} so a stop and start keeps the
     * chain.
     */
    static List<String> arguments(String host, int port, String stateFile, AnvilOptions options) {
        List<String> args =
                new ArrayList<>(
                        List.of(
                                "--host",
                                host,
                                "--port",
                                Integer.toString(port),
                                "--accounts",
                                Integer.toString(DevAccounts.HARDHAT_ACCOUNT_COUNT),
                                "--mnemonic",
                                DevAccounts.HARDHAT_MNEMONIC,
                                "--hardfork",
                                "prague",
                                "--state",
                                stateFile,
                                "--preserve-historical-states"));
        if (options.blockTime() != null) {
            args.add("--block-time");
            args.add(Long.toString(options.blockTime().toSeconds()));
        }
        if (options.chainId() != null) {
            args.add("--chain-id");
            args.add(Long.toString(options.chainId()));
        }
        return args;
    }
}
