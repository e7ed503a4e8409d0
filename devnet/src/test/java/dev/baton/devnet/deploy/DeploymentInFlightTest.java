package dev.baton.devnet.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.model.DeploymentManifest;
import dev.baton.model.Json;
import dev.baton.signer.DevKeySigner;
import dev.baton.tx.Transactor;
import dev.baton.types.ChainId;
import dev.baton.types.TxHash;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed between a contract's transaction and its receipt: the next run keeps that contract
 * (it is on chain at its CREATE address) instead of deploying it a second time.
 */
class DeploymentInFlightTest {
    private static final String URL = "http://127.0.0.1:8545";
    private static final String INIT_CODE = "0x6080604052";

    @TempDir Path dir;
    private final DeployingNode node = new DeployingNode(ChainId.DEVNET);

    /** A run in a fresh process: its own Transactor and nonce authority. */
    private DeploymentContext run(DeploymentManifest resumeFrom, DeploymentListener listener) {
        Transactor tx = node.transactor();
        ManifestFile file = new ManifestFile(manifest());
        DeploymentRun run = new DeploymentRun(URL, List.of(), resumeFrom, manifest(), listener);
        return new DeploymentContext(
                tx, run, 31337, new Resumption(resumeFrom, 31337, node::code), file::write, file);
    }

    private Path manifest() {
        return dir.resolve("manifest.json");
    }

    private static DeploymentListener killedOnceSent(String name, TxHash[] sent) {
        return new DeploymentListener() {
            @Override
            public void sent(String what, TxHash hash) {
                if (what.equals(name)) {
                    sent[0] = hash;
                    throw new IllegalStateException("killed after sending " + name);
                }
            }
        };
    }

    @Test
    void aContractSentButNotRecordedIsKeptOnResumeAndNotDeployedAgain() {
        TxHash[] sent = new TxHash[1];
        DeploymentContext first = run(null, killedOnceSent("StakeVault", sent));
        first.deployToken("BTN", INIT_CODE);
        assertThatThrownBy(() -> first.deployContract("StakeVault", INIT_CODE))
                .hasMessageContaining("killed after sending StakeVault");
        DeploymentManifest partial = DeploymentManifest.read(manifest());
        assertThat(partial.contracts()).as("never recorded").isEmpty();
        assertThat(Files.exists(ManifestFile.inFlightOf(manifest()))).isTrue();

        DeploymentContext resumed = run(partial, DeploymentListener.NONE);
        assertThat(resumed.deployToken("BTN", INIT_CODE).resumed()).isTrue();
        DeploymentContext.Deployed vault = resumed.deployContract("StakeVault", INIT_CODE);

        assertThat(vault.resumed()).isTrue();
        assertThat(node.sent()).as("the token and the vault, each once").hasSize(2);
        DeploymentManifest manifest = DeploymentManifest.read(manifest());
        assertThat(manifest.contract("StakeVault")).isEqualTo(vault.address().lowerHex());
        assertThat(manifest.deployments().get("StakeVault").txHash()).isEqualTo(sent[0].hex());
        assertThat(Files.exists(ManifestFile.inFlightOf(manifest()))).isFalse();
    }

    @Test
    void aCreationThatNeverReachedTheNodeIsSentOnResume() throws Exception {
        String sender =
                DevKeySigner.of(DevKeySigner.HARDHAT_ACCOUNT_0, ChainId.DEVNET)
                        .address()
                        .lowerHex();
        // what a run killed before the node took its transaction leaves: the nonce, no hash
        Files.writeString(
                ManifestFile.inFlightOf(manifest()),
                Json.MAPPER.writeValueAsString(
                        new InFlightCreation(
                                31337,
                                InFlightCreation.CONTRACT,
                                "StakeVault",
                                sender,
                                0,
                                null,
                                null)));

        DeploymentContext.Deployed vault =
                run(null, DeploymentListener.NONE).deployContract("StakeVault", INIT_CODE);

        assertThat(vault.resumed()).isFalse();
        assertThat(node.sent()).hasSize(1);
        assertThat(DeploymentManifest.read(manifest()).deployments()).containsKey("StakeVault");
        assertThat(Files.exists(ManifestFile.inFlightOf(manifest()))).isFalse();
    }

    @Test
    void aFreshDeploymentForgetsWhatAnInterruptedRunLeftInFlight() throws Exception {
        Files.writeString(ManifestFile.inFlightOf(manifest()), "{}");
        Deployer.forgetInFlight(manifest());
        assertThat(Files.exists(ManifestFile.inFlightOf(manifest()))).isFalse();
    }
}
