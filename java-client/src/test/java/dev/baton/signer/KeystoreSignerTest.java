package dev.baton.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.types.ChainId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.WalletUtils;

class KeystoreSignerTest {
    private static final String PASSWORD = "correct horse battery";

    @Test
    void opensAWalletWithThePasswordFromAFileOrTheEnvironment(@TempDir Path dir) throws Exception {
        Path wallet = dir.resolve(WalletUtils.generateLightNewWalletFile(PASSWORD, dir.toFile()));
        Credentials expected = WalletUtils.loadCredentials(PASSWORD, wallet.toFile());
        Path passwordFile = Files.writeString(dir.resolve("password.txt"), PASSWORD + "\n");

        KeystoreSigner fromFile =
                KeystoreSigner.open(
                        wallet, PasswordSource.file(passwordFile), ChainId.of(11155111));
        KeystoreSigner fromEnv =
                KeystoreSigner.open(
                        wallet,
                        new PasswordSource.FromEnvironment(
                                "BATON_PW", Map.of("BATON_PW", PASSWORD)),
                        ChainId.of(11155111));

        assertThat(fromFile.address().lowerHex()).isEqualTo(expected.getAddress());
        assertThat(fromEnv.address()).isEqualTo(fromFile.address());
        assertThat(fromFile.chainId()).isEqualTo(ChainId.of(11155111));
        assertThat(fromFile.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void wrongPasswordOrMissingVariableFailsWithoutShowingThePassword(@TempDir Path dir)
            throws Exception {
        Path wallet = dir.resolve(WalletUtils.generateLightNewWalletFile(PASSWORD, dir.toFile()));
        var wrong = new PasswordSource.FromEnvironment("BATON_PW", Map.of("BATON_PW", "guess"));

        assertThatThrownBy(() -> KeystoreSigner.open(wallet, wrong, ChainId.DEVNET))
                .hasMessageContaining(wallet.toString())
                .hasMessageContaining("wrong password")
                .hasMessageNotContaining("guess");
        assertThatThrownBy(
                        () ->
                                KeystoreSigner.open(
                                        wallet,
                                        new PasswordSource.FromEnvironment("NOPE", Map.of()),
                                        ChainId.DEVNET))
                .hasMessageContaining("NOPE");
        assertThat(wrong.toString()).doesNotContain("guess");
    }
}
