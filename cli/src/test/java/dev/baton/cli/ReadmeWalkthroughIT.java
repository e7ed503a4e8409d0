package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.devnet.ProjectRoot;
import dev.baton.model.Json;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigInteger;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's walkthrough as written, every {@code ./baton} line in order, in process through
 * {@link BatonCli#commandLine()}, on the fresh devnet its first line starts ({@code devnet up
 * --detach}) and its last line stops. Each must exit 0; a few outputs are checked against what the
 * commands before them set up.
 *
 * <p>Two substitutions, and only these: the port {@code 8545} becomes a free port (a developer's
 * own node may hold 8545), and a file argument ({@code *.json}, {@code *.yaml}) is a file of a
 * temporary working directory, or of the project root when it starts with {@code examples/}. The
 * README's {@code yaml} block is that directory's {@code baton.yaml}.
 */
class ReadmeWalkthroughIT {
    private static final Pattern FILE = Pattern.compile("[\\w./-]+\\.(json|ya?ml)");

    @TempDir static Path dir;
    private static boolean devnetUp;

    record Run(ReadmeWalkthrough.Step step, int exitCode, String out, String err) {}

    @Test
    void everyWalkthroughCommandRunsInOrder() throws Exception {
        Path root = ProjectRoot.locate().dir();
        var walkthrough = ReadmeWalkthrough.parse(Files.readString(root.resolve("README.md")));
        String port = Integer.toString(freePort());
        if (walkthrough.yaml().isPresent()) {
            Files.writeString(
                    dir.resolve("baton.yaml"), walkthrough.yaml().get().replace("8545", port));
        }

        List<Run> runs = new ArrayList<>();
        for (ReadmeWalkthrough.Step step : walkthrough.steps()) {
            List<String> args = step.args().stream().map(a -> substitute(a, port, root)).toList();
            Run run = baton(step, args);
            if (args.size() >= 2
                    && args.get(0).equals("devnet")
                    && args.get(1).matches("up|down")) {
                devnetUp = args.get(1).equals("up");
            }
            assertThat(run.exitCode())
                    .as("%s\nstdout:\n%s\nstderr:\n%s", step, run.out(), run.err())
                    .isZero();
            runs.add(run);
        }
        assertThat(runs).hasSameSizeAs(walkthrough.steps());

        assertThat(only(runs, "deploy").out()).contains("RollupRegistry", "StakeVault");
        assertThat(only(runs, "config check").out())
                .contains("ok      config file: ", "ok      chain id:", "ok      signer:")
                .doesNotContain("FAILED");
        assertThat(all(runs, "rollup register"))
                .extracting(Run::out)
                .satisfiesExactly(
                        out -> assertThat(out).contains("rollupId: 1", "mechanism: slot-auction"),
                        out -> assertThat(out).contains("rollupId: 2", "mechanism: block-market"));
        assertThat(only(runs, "rollup list").out()).contains("slot-auction", "block-market");

        // Each publish lands inside its own slot: the slots are consecutive one-block slots after
        // the seal window.
        List<Run> published = all(runs, "auction publish");
        long firstSlotBlock = number(only(runs, "auction seal").out(), "slots: \\[(\\d+),");
        for (Run publish : published) {
            long slot = number(publish.out(), "slot: (\\d+)");
            assertThat(number(publish.out(), "block: (\\d+)"))
                    .as("%s", publish.step())
                    .isEqualTo(firstSlotBlock + slot);
        }
        String status = only(runs, "auction status").out();
        long rewarded = number(status, "rewardedSlots: (\\d+)");
        assertThat(rewarded).isEqualTo(published.size());
        // Every bid's entry is held and settled: each `auction bid` made one entry, and none was
        // displaced (the seal's `entries` counts the entries held, also in an epoch capped by
        // stake).
        long bids = all(runs, "auction bid").size();
        assertThat(number(status, "settledEntries: (\\d+)")).isEqualTo(bids);
        assertThat(number(only(runs, "auction seal").out(), "entries: (\\d+)")).isEqualTo(bids);
        // What the sequencer and the delegator claim adds up to r for every published slot.
        BigInteger perSlot =
                new BigInteger(
                        Json.MAPPER
                                .readTree(
                                        root.resolve(
                                                        "examples/walkthrough-slot-auction-rollup.json")
                                                .toFile())
                                .at("/execution_layer_req/selection/reward_per_slot")
                                .asString());
        BigInteger claimed =
                all(runs, "auction claim").stream()
                        .map(r -> new BigInteger(text(r.out(), "claimed: (\\d+)")))
                        .reduce(BigInteger.ZERO, BigInteger::add);
        assertThat(claimed).isEqualTo(perSlot.multiply(BigInteger.valueOf(rewarded)));

        // The commitment the provers voted for is the one `market commitment` printed and the one
        // committed.
        String commitment =
                text(only(runs, "market commitment").out(), "blockCommitment: (0x[0-9a-f]{64})");
        assertThat(all(runs, "prover vote"))
                .allSatisfy(vote -> assertThat(vote.step().args()).contains(commitment));
        assertThat(only(runs, "market commit ").out())
                .contains("blockCommitment: " + commitment, "provers: 2");
        assertThat(only(runs, "market prove").out()).contains("positionsFilledByProposer: [1]");
        assertThat(only(runs, "market finalise").out()).contains("head: 1");
        assertThat(only(runs, "market ranking").out()).contains(commitment.substring(0, 10), "won");
        assertThat(only(runs, "market claim-reward").out()).contains("position: 0");
        assertThat(new BigInteger(text(only(runs, "market claim ").out(), "claimed: (\\d+)")))
                .isPositive();
        assertThat(only(runs, "devnet down").out()).contains("stopped: true");
    }

    /** If the walkthrough failed half way, its detached devnet is stopped all the same. */
    @AfterAll
    static void stopTheDevnetIfLeftRunning() {
        if (devnetUp) {
            BatonCli.commandLine().execute("devnet", "down");
        }
    }

    private static String substitute(String arg, String port, Path root) {
        String value = arg.replace("8545", port);
        if (value.startsWith("-") || !FILE.matcher(value).matches()) {
            return value;
        }
        return (value.startsWith("examples/") ? root.resolve(value) : dir.resolve(value))
                .toString();
    }

    private static Run baton(ReadmeWalkthrough.Step step, List<String> args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cli = BatonCli.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args.toArray(String[]::new));
        return new Run(step, code, out.toString(), err.toString());
    }

    /** The runs whose command (the words after ./baton) starts with {@code prefix}. */
    private static List<Run> all(List<Run> runs, String prefix) {
        return runs.stream()
                .filter(r -> (String.join(" ", r.step().args()) + " ").startsWith(prefix))
                .toList();
    }

    private static Run only(List<Run> runs, String prefix) {
        List<Run> matching = all(runs, prefix);
        assertThat(matching).as("walkthrough steps starting with '%s'", prefix).hasSize(1);
        return matching.getFirst();
    }

    private static String text(String output, String regex) {
        Matcher m = Pattern.compile(regex).matcher(output);
        assertThat(m.find()).as("'%s' in:\n%s", regex, output).isTrue();
        return m.group(1);
    }

    private static long number(String output, String regex) {
        return Long.parseLong(text(output, regex));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
