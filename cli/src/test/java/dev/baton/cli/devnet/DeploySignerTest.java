package dev.baton.cli.devnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.cli.ConfigException;
import dev.baton.cli.config.SignerSpec;
import dev.baton.signer.DevAccounts;
import dev.baton.signer.PasswordSource;
import dev.baton.signer.Signer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.WalletUtils;

/**
 * The deploy signer is decided by the chain id the node reports: development keys only on the
 * devnet's.
 */
class DeploySignerTest {
    private static final String URL = "http://node.test:8545";
    private static final long SEPOLIA = 11_155_111;

    @Test
    void aDevelopmentKeyIsRefusedOnAnyOtherChainNamingItsId() {
        assertThatThrownBy(() -> DeploySigner.choose(new SignerSpec.DevKey(3), SEPOLIA, URL))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("development key 3")
                .hasMessageContaining("'" + URL + "' is chain 11155111")
                .hasMessageContaining("--keystore");
        assertThatThrownBy(() -> DeploySigner.choose(new SignerSpec.DevKey(0), 1, URL))
                .hasMessageContaining("is chain 1,");
    }

    @Test
    void withoutASignerOnlyTheDevnetFallsBackToAccountZero() {
        assertThatThrownBy(() -> DeploySigner.choose(new SignerSpec.None(), SEPOLIA, URL))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("needs a signer on chain 11155111");

        Signer signer = DeploySigner.choose(new SignerSpec.None(), 31337, URL);
        assertThat(signer.address()).isEqualTo(DevAccounts.hardhatDefaults().get(0).address());
        assertThat(DeploySigner.choose(new SignerSpec.DevKey(2), 31337, URL).address())
                .isEqualTo(DevAccounts.hardhatDefaults().get(2).address());
    }

    @Test
    void aKeystoreSignsOnAnyChain(@TempDir Path dir) throws Exception {
        Path wallet = dir.resolve(WalletUtils.generateLightNewWalletFile("pw", dir.toFile()));
        Path password = Files.writeString(dir.resolve("pw.txt"), "pw");

        Signer signer =
                DeploySigner.choose(
                        new SignerSpec.Keystore(wallet, PasswordSource.file(password)),
                        SEPOLIA,
                        URL);

        assertThat(signer.chainId().value()).isEqualTo(SEPOLIA);
    }

    @Test
    void thePriorityFeeCapIsExactGwei() {
        assertThat(DeployCommand.gweiToWei(new BigDecimal("0.5")))
                .isEqualTo(BigInteger.valueOf(500_000_000L));
        assertThat(DeployCommand.gweiToWei(new BigDecimal("2")))
                .isEqualTo(BigInteger.valueOf(2_000_000_000L));
        assertThatThrownBy(() -> DeployCommand.gweiToWei(new BigDecimal("0.0000000001")))
                .hasMessageContaining("9 decimals");
        assertThatThrownBy(() -> DeployCommand.gweiToWei(new BigDecimal("-1")))
                .hasMessageContaining(">= 0");
    }
}
