package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

/** One set of connection options, spelled the same on every command that talks to a node. */
class ConnectionOptionsTest {
    /**
     * Commands that send nothing and read no chain: they take no connection options (or, offline,
     * only some).
     */
    private static final Set<String> OFFLINE = Set.of("help", "report", "market commitment");

    /** The devnet commands need only the node: --config and --rpc-url, no manifest or signer. */
    private static final Set<String> NODE_ONLY = Set.of("devnet up", "devnet down", "devnet mine");

    /** The demo signs with development keys on its own devnet or the one --rpc-url names. */
    private static final Set<String> DEMO = Set.of("demo");

    private final CliSession cli = new CliSession();

    private static void leaves(CommandLine command, String path, List<CommandLine> into) {
        if (command.getSubcommands().isEmpty() && !path.isEmpty()) {
            into.add(command);
        }
        command.getSubcommands()
                .forEach(
                        (name, sub) -> {
                            if (name.equals(sub.getCommandName())) {
                                leaves(sub, (path.isEmpty() ? "" : path + " ") + name, into);
                            }
                        });
    }

    private static String path(CommandSpec spec) {
        return spec.qualifiedName(" ").replaceFirst("^baton ?", "");
    }

    @Test
    void everyCommandThatTalksToANodeTakesTheSharedOptions() {
        List<CommandLine> commands = new ArrayList<>();
        leaves(BatonCli.commandLine(), "", commands);
        assertThat(commands).hasSizeGreaterThan(30);
        for (CommandLine command : commands) {
            CommandSpec spec = command.getCommandSpec();
            String name = path(spec);
            if (OFFLINE.contains(name)) {
                continue;
            }
            assertThat(spec.findOption("--rpc-url")).as("%s --rpc-url", name).isNotNull();
            if (DEMO.contains(name)) {
                continue;
            }
            assertThat(spec.findOption("--config")).as("%s --config", name).isNotNull();
            if (NODE_ONLY.contains(name)) {
                continue;
            }
            for (String option :
                    List.of(
                            "--manifest",
                            "--keystore",
                            "--password-file",
                            "--password-env",
                            "--dev-key")) {
                assertThat(spec.findOption(option)).as("%s %s", name, option).isNotNull();
            }
            assertThat(String.join(" ", spec.findOption("--manifest").description()))
                    .as("%s --manifest default", name)
                    .contains("default manifest.json");
        }
    }

    @Test
    void theDemoSpellsItsNodeRpcUrl() {
        assertThat(cli.run("demo", "--rpc", "http://127.0.0.1:9")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("Unknown option", "'--rpc'", "--rpc-url");
    }

    @Test
    void deployTakesAKeystoreAndAsksTheNodeItsChainBeforeOpeningIt(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        // A keystore is a deploy signer now (issue 17); which signer may sign is decided by the
        // node's chain id, so an unreachable node fails the command before the (missing) keystore
        // is opened, and no manifest is written.
        java.nio.file.Path out = dir.resolve("manifest.json");
        int code =
                cli.run(
                        "deploy",
                        "--rpc-url",
                        "http://127.0.0.1:9",
                        "--keystore",
                        "w.json",
                        "--password-env",
                        "PW",
                        "--out",
                        cli.out());
        assertThat(code).isEqualTo(ExitCodes.FAILURE);
        assertThat(cli.err()).contains("eth_chainId").doesNotContain("w.json");
        assertThat(out).doesNotExist();
    }

    @Test
    void devnetUpTakesAPortOnlyForADetachedNode() {
        assertThat(cli.run("devnet", "up", "--port", "9545")).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("--port applies to a detached node");
    }

    @Test
    void devnetUpDetachedRefusesARemoteRpcUrl() {
        assertThat(cli.run("devnet", "up", "--detach", "--rpc-url", "https://rpc.example.org"))
                .isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err()).contains("'https://rpc.example.org' is not a local");
    }
}
