package dev.baton.cli.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.cli.CliRun;
import dev.baton.cli.ExitCodes;
import dev.baton.client.Baton;
import dev.baton.devnet.Devnet;
import dev.baton.devnet.DevnetKind;
import dev.baton.devnet.ProjectRoot;
import dev.baton.model.DeploymentManifest;
import dev.baton.tx.TxReceipt;
import dev.baton.types.TxHash;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Hash;

/**
 * The governance commands run to success on a real devnet, through the CLI in process: {@code
 * rollup pause} scheduled then {@code --execute}d once the timelock delay passed (the rollup is
 * paused), the same with {@code --unpause} (unpaused), and {@code rollup evict} then {@code
 * --reinstate} (the registry's events name the participant). An execute before the delay is refused
 * and changes nothing.
 */
class GovernanceFlowsIT {
    private static final String PARTICIPANT = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
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

    @Test
    void pauseUnpauseEvictAndReinstateRunToSuccessThroughTheTimelock() {
        CliRun deploy =
                baton(
                        "deploy",
                        "--rpc-url",
                        devnet.rpcUrl(),
                        "--out",
                        manifest().toString(),
                        "-o",
                        "json");
        assertThat(deploy.exitCode()).as(deploy.err()).isEqualTo(ExitCodes.OK);
        Path request = ProjectRoot.locate().dir().resolve("examples/slot-auction-rollup.json");
        CliRun register = baton(governor("rollup", "register", "--request", request.toString()));
        assertThat(register.exitCode()).as(register.err()).isEqualTo(ExitCodes.OK);
        String id = register.json().get("rollupId").asText();

        assertThat(paused(id)).isFalse();
        CliRun scheduled = baton(governor("rollup", "pause", id));
        assertThat(scheduled.exitCode()).as(scheduled.err()).isEqualTo(ExitCodes.OK);
        assertThat(scheduled.json().get("step").asText()).isEqualTo("scheduled");

        CliRun early = baton(governor("rollup", "pause", id, "--execute"));
        assertThat(early.exitCode()).as("execute before the delay").isEqualTo(ExitCodes.FAILURE);
        assertThat(early.err()).contains("TimelockUnexpectedOperationState");
        assertThat(paused(id)).isFalse();

        passDelay();
        CliRun executed = baton(governor("rollup", "pause", id, "--execute"));
        assertThat(executed.exitCode()).as(executed.err()).isEqualTo(ExitCodes.OK);
        assertThat(executed.json().get("step").asText()).isEqualTo("executed");
        assertThat(executed.json().get("operationId").asText())
                .isEqualTo(scheduled.json().get("operationId").asText());
        assertThat(paused(id)).isTrue();

        assertThat(baton(governor("rollup", "pause", id, "--unpause")).exitCode())
                .isEqualTo(ExitCodes.OK);
        passDelay();
        CliRun unpaused = baton(governor("rollup", "pause", id, "--unpause", "--execute"));
        assertThat(unpaused.exitCode()).as(unpaused.err()).isEqualTo(ExitCodes.OK);
        assertThat(unpaused.json().get("action").asText()).isEqualTo("unpause");
        assertThat(paused(id)).isFalse();

        assertThat(baton(governor("rollup", "evict", id, PARTICIPANT)).exitCode())
                .isEqualTo(ExitCodes.OK);
        passDelay();
        CliRun evicted = baton(governor("rollup", "evict", id, PARTICIPANT, "--execute"));
        assertThat(evicted.exitCode()).as(evicted.err()).isEqualTo(ExitCodes.OK);
        assertThat(registryEvent(evicted, "RollupParticipantEvicted(uint64,address)"))
                .as("evicted event")
                .isTrue();

        assertThat(baton(governor("rollup", "evict", id, PARTICIPANT, "--reinstate")).exitCode())
                .isEqualTo(ExitCodes.OK);
        passDelay();
        CliRun reinstated =
                baton(governor("rollup", "evict", id, PARTICIPANT, "--reinstate", "--execute"));
        assertThat(reinstated.exitCode()).as(reinstated.err()).isEqualTo(ExitCodes.OK);
        assertThat(registryEvent(reinstated, "RollupParticipantReinstated(uint64,address)"))
                .as("reinstated event")
                .isTrue();
    }

    private static Path manifest() {
        return dir.resolve("manifest.json");
    }

    private static void passDelay() {
        try (Baton baton = connect()) {
            devnet.increaseTime(baton.registry().view().governanceDelay() + 1);
        }
        devnet.mine(1);
    }

    private static boolean paused(String id) {
        try (Baton baton = connect()) {
            return baton.registry().view().rollup(Long.parseLong(id)).paused();
        }
    }

    /**
     * Whether the run's transaction emitted the registry event {@code signature} naming the
     * participant.
     */
    private static boolean registryEvent(CliRun run, String signature) {
        try (Baton baton = connect()) {
            TxReceipt receipt =
                    baton.transactor()
                            .node()
                            .receipt(TxHash.of(run.json().get("transaction").asText()))
                            .orElseThrow();
            String topic = Hash.sha3String(signature);
            String participantTopic =
                    "0x" + "0".repeat(24) + PARTICIPANT.substring(2).toLowerCase();
            return receipt.logs().stream()
                    .anyMatch(
                            log ->
                                    log.address().equals(baton.contract("RollupRegistry"))
                                            && log.topics().get(0).equalsIgnoreCase(topic)
                                            && log.topics()
                                                    .get(2)
                                                    .equalsIgnoreCase(participantTopic));
        }
    }

    private static Baton connect() {
        return Baton.connect(
                DeploymentManifest.read(manifest()), devnet.account(0).signer(devnet.chainId()));
    }

    private static String[] governor(String... args) {
        return CliRun.args(
                args, "--manifest", manifest().toString(), "--dev-key", "0", "-o", "json");
    }

    private static CliRun baton(String... args) {
        return CliRun.of(args);
    }
}
