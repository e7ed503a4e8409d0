package dev.baton.cli.stake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.CliRun;
import dev.baton.cli.ExitCodes;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.ProjectRoot;
import dev.baton.model.Json;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The README's operator walkthrough for stake, command by command, on a real devnet: deploy,
 * deposit, show, withdraw; and `stake show` listing a prover's bond as a row of its block market's
 * lock.
 */
class StakeWalkthroughIT {
    private static Devnet devnet;

    @TempDir static Path dir;

    @BeforeAll
    static void startDevnet() {
        devnet = DevnetKind.PROCESS.start();
    }

    @AfterAll
    static void stopDevnet() {
        devnet.close();
    }

    private static CliRun baton(String... args) {
        return CliRun.of(args);
    }

    private static String[] asSequencer(String... args) {
        return CliRun.args(
                args,
                "--manifest",
                dir.resolve("manifest.json").toString(),
                "--rpc-url",
                devnet.rpcUrl(),
                "--dev-key",
                "1");
    }

    @Test
    void deployDepositShowAndRejectBadInput() {
        CliRun deploy =
                baton(
                        "deploy",
                        "--rpc-url",
                        devnet.rpcUrl(),
                        "--out",
                        dir.resolve("manifest.json").toString(),
                        "-o",
                        "json");
        assertThat(deploy.exitCode()).as(deploy.err()).isEqualTo(ExitCodes.OK);
        JsonNode manifest = Json.MAPPER.readTree(deploy.out());
        assertThat(manifest.get("contracts").has("RollupRegistry")).isTrue();

        CliRun deposit =
                baton(
                        asSequencer(
                                "stake",
                                "deposit",
                                "--token",
                                "BTN",
                                "--amount",
                                "250",
                                "-o",
                                "json"));
        assertThat(deposit.exitCode()).as(deposit.err()).isEqualTo(ExitCodes.OK);

        CliRun request =
                baton(
                        asSequencer(
                                "stake",
                                "request-withdrawal",
                                "--token",
                                "BTN",
                                "--amount",
                                "50",
                                "-o",
                                "json"));
        assertThat(request.exitCode()).as(request.err()).isEqualTo(ExitCodes.OK);

        CliRun show = baton(asSequencer("stake", "show", "--token", "BTN", "-o", "json"));
        assertThat(show.exitCode()).as(show.err()).isEqualTo(ExitCodes.OK);
        JsonNode btn = Json.MAPPER.readTree(show.out()).get("balances").get("BTN");
        assertThat(btn.get("free").asText()).isEqualTo("200000000000000000000");
        assertThat(btn.get("pending").asText()).isEqualTo("50000000000000000000");

        assertThat(Json.MAPPER.readTree(show.out()).get("locks").get("BTN")).isEmpty();

        CliRun early = baton(asSequencer("stake", "withdraw", "--token", "BTN"));
        assertThat(early.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(early.err()).contains("StakeVaultWithdrawalNotReady");

        CliRun negative =
                baton(asSequencer("stake", "deposit", "--token", "BTN", "--amount", "-5"));
        assertThat(negative.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(negative.err()).contains("--amount");

        CliRun unknownToken =
                baton(asSequencer("stake", "deposit", "--token", "XYZ", "--amount", "1"));
        assertThat(unknownToken.exitCode()).isNotEqualTo(ExitCodes.OK);
        assertThat(unknownToken.err()).contains("XYZ");
    }

    @Test
    void showPrintsARowPerModuleLockWithWhenItFreesAndTotals() {
        Path manifest = dir.resolve("locks-manifest.json");
        CliRun deploy =
                baton(
                        "deploy",
                        "--rpc-url",
                        devnet.rpcUrl(),
                        "--out",
                        manifest.toString(),
                        "-o",
                        "json");
        assertThat(deploy.exitCode()).as(deploy.err()).isEqualTo(ExitCodes.OK);
        String[] connection = {"--manifest", manifest.toString(), "--rpc-url", devnet.rpcUrl()};
        CliRun register =
                baton(
                        with(
                                connection,
                                "rollup",
                                "register",
                                "--request",
                                projectFile("examples/block-market-rollup.json"),
                                "--dev-key",
                                "0",
                                "-o",
                                "json"));
        assertThat(register.exitCode()).as(register.err()).isEqualTo(ExitCodes.OK);
        long rollup = Json.MAPPER.readTree(register.out()).get("rollupId").asLong();
        CliRun bond =
                baton(
                        with(
                                connection,
                                "prover",
                                "stake",
                                "--amount",
                                "100",
                                "--rollup",
                                Long.toString(rollup),
                                "--dev-key",
                                "3"));
        assertThat(bond.exitCode()).as(bond.err()).isEqualTo(ExitCodes.OK);

        CliRun json =
                baton(
                        with(
                                connection,
                                "stake",
                                "show",
                                "--token",
                                "BTN",
                                "--dev-key",
                                "3",
                                "-o",
                                "json"));
        assertThat(json.exitCode()).as(json.err()).isEqualTo(ExitCodes.OK);
        JsonNode doc = Json.MAPPER.readTree(json.out());
        JsonNode row = doc.get("locks").get("BTN").get(0);
        assertThat(doc.get("locks").get("BTN")).hasSize(1);
        assertThat(row.get("rollup").asLong()).isEqualTo(rollup);
        assertThat(row.get("mechanism").asText()).isEqualTo("block-market");
        assertThat(row.get("amount").asText())
                .isEqualTo("50000000000000000000"); // the market's minimum prover stake
        assertThat(row.get("live").asBoolean()).isTrue();
        assertThat(row.get("until").asLong())
                .isEqualTo(doc.get("atBlock").asLong() + row.get("freesIn").asLong());
        assertThat(row.get("slashableUntil").asLong()).isGreaterThan(row.get("until").asLong());
        assertThat(doc.get("totals").get("BTN").get("locked").asText())
                .isEqualTo("50000000000000000000");
        assertThat(doc.get("balances").get("BTN").get("locked").asText())
                .isEqualTo("50000000000000000000");

        CliRun text = baton(with(connection, "stake", "show", "--token", "BTN", "--dev-key", "3"));
        assertThat(text.exitCode()).as(text.err()).isEqualTo(ExitCodes.OK);
        assertThat(text.out())
                .contains(
                        "block-market #" + rollup,
                        row.get("module").asText(),
                        "block " + row.get("until").asLong() + " (in ",
                        "total: locked 50000000000000000000");
    }

    private static String projectFile(String relative) {
        return ProjectRoot.locate().dir().resolve(relative).toString();
    }

    private static String[] with(String[] connection, String... args) {
        return CliRun.args(args, connection);
    }
}
