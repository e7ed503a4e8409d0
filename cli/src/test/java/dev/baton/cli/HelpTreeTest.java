package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Walks the whole `baton` command tree: `--help` works on every command and documents every option
 * it lists.
 */
class HelpTreeTest {

    /** Every command path of the tree, e.g. ["rollup", "validate"], the root as the empty path. */
    private static List<List<String>> commandPaths() {
        List<List<String>> paths = new ArrayList<>();
        collect(BatonCli.commandLine(), new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> into) {
        into.add(List.copyOf(path));
        command.getSubcommands()
                .forEach(
                        (name, sub) -> {
                            if (!name.equals(sub.getCommandName())) {
                                // an alias of a command already walked
                                return;
                            }
                            List<String> next = new ArrayList<>(path);
                            next.add(name);
                            collect(sub, next, into);
                        });
    }

    private static CommandSpec spec(List<String> path) {
        CommandLine command = BatonCli.commandLine();
        for (String name : path) {
            command = command.getSubcommands().get(name);
        }
        return command.getCommandSpec();
    }

    @Test
    void theTreeHoldsEveryGroupAndItsCommands() {
        List<String> names = commandPaths().stream().map(p -> String.join(" ", p)).toList();
        assertThat(names)
                .contains(
                        "rollup validate",
                        "rollup register",
                        "rollup list",
                        "rollup show",
                        "rollup pause",
                        "rollup evict",
                        "config",
                        "config check",
                        "deploy",
                        "demo",
                        "report",
                        "devnet up",
                        "devnet down",
                        "devnet mine",
                        "stake deposit",
                        "auction bid",
                        "market commit",
                        "prover stake");
    }

    @TestFactory
    Stream<DynamicTest> helpExitsZeroAndPrintsUsageOnEveryCommand() {
        return commandPaths().stream()
                .map(
                        path ->
                                DynamicTest.dynamicTest(
                                        "baton " + String.join(" ", path) + " --help",
                                        () -> {
                                            StringWriter out = new StringWriter();
                                            StringWriter err = new StringWriter();
                                            CommandLine cli = BatonCli.commandLine();
                                            cli.setOut(new PrintWriter(out));
                                            cli.setErr(new PrintWriter(err));
                                            List<String> args = new ArrayList<>(path);
                                            args.add("--help");

                                            int code = cli.execute(args.toArray(String[]::new));

                                            assertThat(code)
                                                    .as("exit code; stderr: %s", err)
                                                    .isZero();
                                            assertThat(out.toString())
                                                    .contains(
                                                            "Usage: baton"
                                                                    + (path.isEmpty()
                                                                            ? ""
                                                                            : " "
                                                                                    + String.join(
                                                                                            " ",
                                                                                            path)));
                                            assertThat(err.toString()).isEmpty();
                                        }));
    }

    @TestFactory
    Stream<DynamicTest> everyOptionAndParameterHasADescription() {
        return commandPaths().stream()
                .map(
                        path ->
                                DynamicTest.dynamicTest(
                                        "baton " + String.join(" ", path),
                                        () -> {
                                            CommandSpec spec = spec(path);
                                            assertThat(spec.usageMessage().description())
                                                    .as("command description")
                                                    .isNotEmpty();
                                            List<ArgSpec> args = new ArrayList<>(spec.options());
                                            args.addAll(spec.positionalParameters());
                                            for (ArgSpec arg : args) {
                                                if (arg.hidden()) {
                                                    continue;
                                                }
                                                String name =
                                                        arg.isOption()
                                                                ? ((CommandLine.Model.OptionSpec)
                                                                                arg)
                                                                        .longestName()
                                                                : arg.paramLabel();
                                                assertThat(
                                                                String.join(" ", arg.description())
                                                                        .trim())
                                                        .as("description of %s", name)
                                                        .isNotEmpty();
                                            }
                                        }));
    }
}
