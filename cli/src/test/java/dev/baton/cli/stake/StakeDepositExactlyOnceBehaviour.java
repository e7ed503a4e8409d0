package dev.baton.cli.stake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.BatonCli;
import dev.baton.cli.ExitCodes;
import dev.baton.client.Baton;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.proxy.Fault;
import dev.baton.devnet.proxy.FaultProxy;
import dev.baton.model.DeploymentManifest;
import dev.baton.model.Json;
import dev.baton.signer.DevAccount;
import dev.baton.tx.TxReceipt;
import dev.baton.types.Amount;
import dev.baton.types.TxHash;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * The operator run: {@code baton stake deposit} started as a user starts it ({@code java
 * -jar baton.jar}, its own JVM and exit code) against a real node behind a {@link FaultProxy} that
 * loses the node's answers. The deposit executes exactly once (the account's nonce moves as in a
 * clean run, the vault holds the amount once), and the command exits 0 reporting the hash of that
 * one mined deposit. Run on both node kinds by the subclasses. Needs the shaded {@code
 * cli/target/baton.jar} (built in {@code package}, before the integration tests).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StakeDepositExactlyOnceBehaviour {
    private static final String SEND = "eth_sendRawTransaction";
    private static final String RECEIPT = "eth_getTransactionReceipt";
    private static final String AMOUNT = "10";

    private Path dir;
    private Devnet devnet;
    private DeploymentManifest manifest;
    private long cleanNonceDelta;

    abstract DevnetKind kind();

    record Run(int exitCode, String out, String err) {}

    @BeforeAll
    void deployAndMeasureACleanRun() throws Exception {
        dir = Files.createTempDirectory("baton-deposit-once-");
        devnet = kind().start();
        var deploy =
                BatonCli.commandLine()
                        .execute(
                                "deploy",
                                "--rpc-url",
                                devnet.rpcUrl(),
                                "--out",
                                manifestFile().toString());
        assertThat(deploy).isEqualTo(ExitCodes.OK);
        manifest = DeploymentManifest.read(manifestFile());
        try (FaultProxy proxy = FaultProxy.start(devnet.rpcUrl())) {
            DevAccount clean = devnet.account(2);
            long before = nonce(clean);
            Run run = deposit(proxy, 2);
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
            cleanNonceDelta = nonce(clean) - before;
        }
        assertThat(cleanNonceDelta).as("approve and deposit").isEqualTo(2);
    }

    @AfterAll
    void stopDevnet() {
        if (devnet != null) {
            devnet.close();
        }
    }

    @Test
    void lostSendAnswersDepositOnceAndTheCommandReportsThatDeposit() throws Exception {
        depositsOnceUnder(Fault.dropAnswer(SEND).times(2), 3);
    }

    @Test
    void lostReceiptAnswersDepositOnceAndTheCommandReportsThatDeposit() throws Exception {
        depositsOnceUnder(Fault.dropAnswer(RECEIPT).times(2), 4);
    }

    private void depositsOnceUnder(Fault fault, int devKey) throws Exception {
        DevAccount staker = devnet.account(devKey);
        long before = nonce(staker);
        Run run;
        int applied;
        try (FaultProxy proxy = FaultProxy.start(devnet.rpcUrl())) {
            proxy.inject(fault);
            run = deposit(proxy, devKey);
            applied = proxy.applied(fault.kind());
        }
        assertThat(applied).as("the proxy lost the answers").isEqualTo(fault.times());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        assertThat(nonce(staker) - before)
                .as("nonce delta equals the clean run's")
                .isEqualTo(cleanNonceDelta);
        JsonNode printed = Json.MAPPER.readTree(run.out());
        TxHash reported = new TxHash(printed.get("transaction").asText());
        try (Baton baton = Baton.connect(manifest, staker.signer(devnet.chainId()))) {
            TxReceipt receipt = baton.transactor().node().receipt(reported).orElseThrow();
            assertThat(receipt.success())
                    .as("the reported deposit was mined and succeeded")
                    .isTrue();
            assertThat(receipt.blockNumber()).isEqualTo(printed.get("block").asLong());
            assertThat(baton.stake().view().balances(staker.address(), "BTN").free())
                    .as("deposited once")
                    .isEqualTo(tenTokens());
        }
        assertThat(printed.get("balances").get("free").asText())
                .isEqualTo(tenTokens().value().toString());
    }

    private static Amount tenTokens() {
        return Amount.parse("amount", AMOUNT, 18);
    }

    private long nonce(DevAccount account) {
        try (Baton baton = Baton.connect(manifest, account.signer(devnet.chainId()))) {
            return baton.transactor().node().transactionCount(account.address(), true);
        }
    }

    private Path manifestFile() {
        return dir.resolve("manifest.json");
    }

    /** {@code baton stake deposit} in its own JVM, through the proxy, as the operator typed it. */
    private Run deposit(FaultProxy proxy, int devKey) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        Path jar =
                Path.of(System.getenv().getOrDefault("BATON_ROOT", ".."))
                        .resolve("cli/target/baton.jar");
        Path out = Files.createTempFile(dir, "deposit", ".out");
        Path err = Files.createTempFile(dir, "deposit", ".err");
        Process process =
                new ProcessBuilder(
                                List.of(
                                        java,
                                        "-jar",
                                        jar.toString(),
                                        "stake",
                                        "deposit",
                                        "--token",
                                        "BTN",
                                        "--amount",
                                        AMOUNT,
                                        "--manifest",
                                        manifestFile().toString(),
                                        "--rpc-url",
                                        proxy.url(),
                                        "--dev-key",
                                        Integer.toString(devKey),
                                        "-o",
                                        "json"))
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(
                    "baton stake deposit did not finish in 180 s: " + Files.readString(err));
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }
}
