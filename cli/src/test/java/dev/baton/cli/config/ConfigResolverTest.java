package dev.baton.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.cli.ConfigException;
import dev.baton.signer.PasswordSource;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigResolverTest {
    private static final ConfigLayer E = ConfigLayer.EMPTY;

    private static ConfigLayer layer(String rpc, String manifest, Integer confirmations) {
        return new ConfigLayer(rpc, manifest, null, null, null, null, null, confirmations, null);
    }

    private static ConfigLayer signer(String keystore, String pwFile, String pwEnv, Integer dev) {
        return new ConfigLayer(null, "m.json", keystore, pwFile, pwEnv, dev, null, null, null);
    }

    private static ConfigLayer fee(String gwei, Integer confirmations, Integer timeout) {
        return new ConfigLayer(
                null, "m.json", null, null, null, null, gwei, confirmations, timeout);
    }

    @Test
    void commandLineBeatsEnvironmentBeatsFile() {
        ConfigLayer file = layer("http://file:8545", "file.json", 3);
        ConfigLayer env = layer("http://env:8545", "env.json", null);
        ConfigLayer cli = layer("http://cli:8545", null, null);

        EffectiveConfig config = ConfigResolver.resolve(cli, env, file, Map.of());

        assertThat(config.rpcUrl()).isEqualTo("http://cli:8545");
        assertThat(config.sourceOf("rpcUrl")).isEqualTo(ConfigSource.COMMAND_LINE);
        assertThat(config.manifest()).isEqualTo(Path.of("env.json"));
        assertThat(config.sourceOf("manifest")).isEqualTo(ConfigSource.ENVIRONMENT);
        assertThat(config.confirmations()).isEqualTo(3);
        assertThat(config.sourceOf("confirmations")).isEqualTo(ConfigSource.FILE);
    }

    @Test
    void defaultsApplyWhenNoLayerSetsAValue() {
        EffectiveConfig config =
                ConfigResolver.resolve(E, E, layer(null, "m.json", null), Map.of());

        assertThat(config.rpcUrl()).isNull();
        assertThat(config.confirmations()).as("unset: the chain decides").isNull();
        assertThat(config.sourceOf("confirmations")).isEqualTo(ConfigSource.DEFAULT);
        assertThat(config.receiptTimeout()).as("unset: the chain decides").isNull();
        assertThat(config.maxFeePerGasWei()).isNull();
        assertThat(config.signer()).isInstanceOf(SignerSpec.None.class);
    }

    @Test
    void feeCapInGweiBecomesWei() {
        EffectiveConfig config = ConfigResolver.resolve(fee("1.5", 2, 30), E, E, Map.of());
        assertThat(config.maxFeePerGasWei()).isEqualTo(BigInteger.valueOf(1_500_000_000L));
        assertThat(config.receiptTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void keystoreWithPasswordFromEnvironmentVariable() {
        EffectiveConfig config =
                ConfigResolver.resolve(
                        signer("w.json", null, "PW", null), E, E, Map.of("PW", "secret"));
        SignerSpec.Keystore keystore = (SignerSpec.Keystore) config.signer();
        assertThat(keystore.file()).isEqualTo(Path.of("w.json"));
        assertThat(keystore.password().read()).isEqualTo("secret");
    }

    @Test
    void keystoreWithPasswordFile() {
        EffectiveConfig config =
                ConfigResolver.resolve(signer("w.json", "pw.txt", null, null), E, E, Map.of());
        assertThat(((SignerSpec.Keystore) config.signer()).password())
                .isEqualTo(PasswordSource.file(Path.of("pw.txt")));
    }

    @Test
    void devKeyFromTheEnvironmentLayer() {
        EffectiveConfig config =
                ConfigResolver.resolve(E, signer(null, null, null, 4), E, Map.of());
        assertThat(config.signer()).isEqualTo(new SignerSpec.DevKey(4));
    }

    @Test
    void manifestDefaultsToTheFileDeployWrites() {
        EffectiveConfig config = ConfigResolver.resolve(E, E, E, Map.of());
        assertThat(config.manifest()).isEqualTo(Path.of("manifest.json"));
        assertThat(config.sourceOf("manifest")).isEqualTo(ConfigSource.DEFAULT);
    }

    @Test
    void aMissingDefaultManifestIsNamedWithEveryWayToSetIt() {
        EffectiveConfig config = ConfigResolver.resolve(layer(null, null, null), E, E, Map.of());
        assertThatThrownBy(() -> OperatorOptions.readManifest(config))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'manifest.json' (the default)")
                .hasMessageContaining("--manifest")
                .hasMessageContaining("BATON_MANIFEST")
                .hasMessageContaining("baton deploy");
    }

    @Test
    void aKeystoreOnTheCommandLineReplacesTheFilesDevKey() {
        // the README's baton.yaml (devKeyIndex: 0) in the working directory, a keystore given on
        // the command line
        ConfigLayer file =
                new ConfigLayer("http://127.0.0.1:8545", null, null, null, null, 0, null, 1, 60);
        ConfigLayer cli =
                new ConfigLayer(null, null, "w.json", "pw.txt", null, null, null, null, null);

        EffectiveConfig config = ConfigResolver.resolve(cli, E, file, Map.of());

        assertThat(config.signer())
                .isEqualTo(
                        new SignerSpec.Keystore(
                                Path.of("w.json"), PasswordSource.file(Path.of("pw.txt"))));
        assertThat(config.sourceOf("keystore")).isEqualTo(ConfigSource.COMMAND_LINE);
        assertThat(config.sourceOf("devKeyIndex")).isEqualTo(ConfigSource.DEFAULT);
        assertThat(config.rpcUrl()).isEqualTo("http://127.0.0.1:8545");
    }

    @Test
    void aDevKeyOnTheCommandLineReplacesTheEnvironmentsKeystoreAndPassword() {
        ConfigLayer env = new ConfigLayer(null, null, "w.json", null, "PW", null, null, null, null);
        ConfigLayer cli = signer(null, null, null, 3);

        EffectiveConfig config = ConfigResolver.resolve(cli, env, E, Map.of("PW", "secret"));

        assertThat(config.signer()).isEqualTo(new SignerSpec.DevKey(3));
        assertThat(config.sourceOf("devKeyIndex")).isEqualTo(ConfigSource.COMMAND_LINE);
        assertThat(config.sourceOf("passwordEnv")).isEqualTo(ConfigSource.DEFAULT);
    }

    @Test
    void aPasswordAloneOnTheCommandLineStillTakesTheWholeSignerAndIsRefused() {
        // the signer is one setting: a password on the command line does not complete the file's
        // keystore
        ConfigLayer file =
                new ConfigLayer(null, null, "w.json", "file-pw.txt", null, null, null, null, null);
        ConfigLayer cli = new ConfigLayer(null, null, null, "pw.txt", null, null, null, null, null);

        assertThatThrownBy(() -> ConfigResolver.resolve(cli, E, file, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no 'keystore'");
    }

    @Test
    void theFilesSignerAppliesWhenNeitherCommandLineNorEnvironmentNamesOne() {
        ConfigLayer file =
                new ConfigLayer(null, null, "w.json", "pw.txt", null, null, null, null, null);
        ConfigLayer env = layer("http://env:8545", null, null);

        EffectiveConfig config = ConfigResolver.resolve(E, env, file, Map.of());

        assertThat(config.signer()).isInstanceOf(SignerSpec.Keystore.class);
        assertThat(config.sourceOf("keystore")).isEqualTo(ConfigSource.FILE);
        assertThat(config.sourceOf("passwordFile")).isEqualTo(ConfigSource.FILE);
    }

    @Test
    void rejectsMalformedRpcUrl() {
        assertThatThrownBy(
                        () ->
                                ConfigResolver.resolve(
                                        layer("localhost:8545", "m.json", null), E, E, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'rpcUrl'")
                .hasMessageContaining("localhost:8545");
    }

    @Test
    void rejectsConfirmationsOutOfRange() {
        assertThatThrownBy(() -> ConfigResolver.resolve(layer(null, "m.json", 0), E, E, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'confirmations'")
                .hasMessageContaining("'0'");
        assertThatThrownBy(() -> ConfigResolver.resolve(layer(null, "m.json", 65), E, E, Map.of()))
                .hasMessageContaining("'65'");
    }

    @Test
    void rejectsNonPositiveReceiptTimeout() {
        assertThatThrownBy(() -> ConfigResolver.resolve(fee(null, null, 0), E, E, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'receiptTimeoutSeconds'");
    }

    @Test
    void rejectsBadFeeCaps() {
        assertThatThrownBy(() -> ConfigResolver.resolve(fee("cheap", null, null), E, E, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'maxFeeGwei'")
                .hasMessageContaining("cheap");
        assertThatThrownBy(() -> ConfigResolver.resolve(fee("-1", null, null), E, E, Map.of()))
                .hasMessageContaining("positive");
        assertThatThrownBy(
                        () ->
                                ConfigResolver.resolve(
                                        fee("0.0000000001", null, null), E, E, Map.of()))
                .hasMessageContaining("9 decimals");
    }

    @Test
    void rejectsKeystoreAndDevKeyTogether() {
        assertThatThrownBy(
                        () ->
                                ConfigResolver.resolve(
                                        signer("w.json", "pw", null, 1), E, E, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'keystore'")
                .hasMessageContaining("'devKeyIndex'");
    }

    @Test
    void rejectsKeystoreWithoutOrWithTwoPasswords() {
        assertThatThrownBy(
                        () ->
                                ConfigResolver.resolve(
                                        signer("w.json", null, null, null), E, E, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("exactly one");
        assertThatThrownBy(
                        () ->
                                ConfigResolver.resolve(
                                        signer("w.json", "pw", "PW", null), E, E, Map.of()))
                .hasMessageContaining("exactly one");
    }

    @Test
    void rejectsPasswordWithoutKeystore() {
        assertThatThrownBy(
                        () ->
                                ConfigResolver.resolve(
                                        signer(null, "pw", null, null), E, E, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("no 'keystore'");
    }

    @Test
    void rejectsPasswordWithDevKey() {
        assertThatThrownBy(
                        () -> ConfigResolver.resolve(signer(null, null, "PW", 0), E, E, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("takes no password");
    }

    @Test
    void rejectsDevKeyIndexOutOfRange() {
        assertThatThrownBy(
                        () -> ConfigResolver.resolve(signer(null, null, null, 20), E, E, Map.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'devKeyIndex'")
                .hasMessageContaining("'20'");
    }
}
