package dev.baton.devnet.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of a Hardhat node child process, and the check that a PID still runs one. */
final class HardhatCommandLine {

    static final String CLI_SUFFIX = "hardhat/dist/src/cli.js";

    private HardhatCommandLine() {}

    static List<String> of(Path node, Path hardhatCli, int port) {
        List<String> command = new ArrayList<>();
        command.add(node.toString());
        command.add(hardhatCli.toString());
        command.add("node");
        // 127.0.0.1 explicitly: the default binds every interface on some machines.
        command.add("--hostname");
        command.add("127.0.0.1");
        command.add("--port");
        command.add(Integer.toString(port));
        return command;
    }

    /** True when {@code handle} runs Hardhat's CLI with the {@code node} task on {@code port}. */
    static boolean isNodeOnPort(ProcessHandle handle, int port) {
        return handle.info().arguments().map(args -> matches(List.of(args), port)).orElse(false);
    }

    static boolean matches(List<String> args, int port) {
        int cli = -1;
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).replace('\\', '/').endsWith(CLI_SUFFIX)) {
                cli = i;
            }
        }
        if (cli < 0 || cli + 1 >= args.size() || !args.get(cli + 1).equals("node")) {
            return false;
        }
        int portFlag = args.indexOf("--port");
        return portFlag > cli
                && portFlag + 1 < args.size()
                && args.get(portFlag + 1).equals(Integer.toString(port));
    }
}
