package dev.baton.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.cli.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
    /** What both the JSON and the YAML file with every key set say. */
    private static final ConfigLayer EVERY_KEY =
            new ConfigLayer(
                    "http://127.0.0.1:8545", "m.json", "w.json", null, "PW", null, "30", 2, 90);

    @TempDir Path dir;

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertReadRefuses(Path file) {
        return assertThatThrownBy(() -> ConfigFile.read(file)).isInstanceOf(ConfigException.class);
    }

    @Test
    void readsEveryKey() throws Exception {
        Path file =
                write(
                        "baton.json",
                        """
                {"rpcUrl": "http://127.0.0.1:8545", "manifest": "m.json", "keystore": "w.json",
                 "passwordEnv": "PW", "maxFeeGwei": "30", "confirmations": 2, "receiptTimeoutSeconds": 90}
                """);
        assertThat(ConfigFile.read(file)).isEqualTo(EVERY_KEY);
    }

    @Test
    void rejectsAnUnknownKeyByName() throws Exception {
        Path file = write("baton.json", "{\"manifest\": \"m.json\", \"rpcURL\": \"http://x\"}");
        assertReadRefuses(file)
                .hasMessageContaining("unknown key 'rpcURL'")
                .hasMessageContaining(file.toString());
    }

    @Test
    void rejectsAWronglyTypedValue() throws Exception {
        Path file = write("baton.json", "{\"confirmations\": \"many\"}");
        assertReadRefuses(file).hasMessageContaining("many");
    }

    @Test
    void rejectsAMissingFile() {
        assertReadRefuses(dir.resolve("absent.json")).hasMessageContaining("absent.json");
    }

    @Test
    void environmentVariablesMapToKeys() {
        ConfigLayer layer =
                EnvironmentConfig.read(
                        Map.of(
                                "BATON_RPC_URL",
                                "http://e",
                                "BATON_DEV_KEY_INDEX",
                                "3",
                                "BATON_CONFIRMATIONS",
                                "2",
                                "BATON_MAX_FEE_GWEI",
                                "7",
                                "UNRELATED",
                                "x"));
        assertThat(layer)
                .isEqualTo(new ConfigLayer("http://e", null, null, null, null, 3, "7", 2, null));
    }

    @Test
    void rejectsANonIntegerEnvironmentVariableByName() {
        assertThatThrownBy(() -> EnvironmentConfig.read(Map.of("BATON_CONFIRMATIONS", "two")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("BATON_CONFIRMATIONS")
                .hasMessageContaining("two");
    }

    @Test
    void readsEveryKeyFromYaml() throws Exception {
        Path file =
                write(
                        "baton.yaml",
                        """
                # operator settings
                rpcUrl: http://127.0.0.1:8545
                manifest: m.json
                keystore: w.json
                passwordEnv: PW
                maxFeeGwei: "30"
                confirmations: 2
                receiptTimeoutSeconds: 90
                """);
        assertThat(ConfigFile.read(file)).isEqualTo(EVERY_KEY);
    }

    @Test
    void ymlIsYamlToo() throws Exception {
        Path file = write("baton.yml", "manifest: m.json\ndevKeyIndex: 3\n");
        assertThat(ConfigFile.read(file))
                .isEqualTo(new ConfigLayer(null, "m.json", null, null, null, 3, null, null, null));
    }

    @Test
    void rejectsAnUnknownYamlKeyByNameAndLine() throws Exception {
        Path file = write("baton.yaml", "manifest: m.json\nrpcURL: http://x\n");
        assertReadRefuses(file)
                .hasMessageContaining("unknown key 'rpcURL'")
                .hasMessageContaining("line 2")
                .hasMessageContaining(file.toString());
    }

    @Test
    void rejectsAWronglyTypedYamlValueByKey() throws Exception {
        Path file = write("baton.yaml", "confirmations: many\n");
        assertReadRefuses(file)
                .hasMessageContaining("'confirmations'")
                .hasMessageContaining("many");
    }

    @Test
    void rejectsANestedYamlValueWhereAStringBelongs() throws Exception {
        Path file = write("baton.yaml", "rpcUrl:\n  url: http://x\n");
        assertReadRefuses(file).hasMessageContaining("'rpcUrl'");
    }

    @Test
    void anEmptyYamlFileSetsNothing() throws Exception {
        Path file = write("baton.yaml", "# nothing yet\n");
        assertThat(ConfigFile.read(file)).isEqualTo(ConfigLayer.EMPTY);
    }

    @Test
    void rejectsAnUnknownExtension() throws Exception {
        Path file = write("baton.toml", "manifest = 'm.json'");
        assertReadRefuses(file).hasMessageContaining("baton.toml").hasMessageContaining(".yaml");
    }

    @Test
    void findsTheOneDefaultFileAndRefusesTwo() throws Exception {
        assertThat(ConfigFile.findDefault(dir)).isEmpty();
        write("baton.yml", "manifest: m.json\n");
        assertThat(ConfigFile.findDefault(dir)).contains(dir.resolve("baton.yml"));
        write("baton.json", "{}");
        assertThatThrownBy(() -> ConfigFile.findDefault(dir))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("baton.json")
                .hasMessageContaining("baton.yml");
    }

    @Test
    void commandLineBeatsEnvironmentBeatsYamlFile() throws Exception {
        Path file =
                write(
                        "baton.yaml",
                        """
                rpcUrl: http://file:8545
                manifest: file.json
                confirmations: 3
                """);
        OperatorOptions options = new OperatorOptions();
        options.configFile = file;
        options.environment =
                Map.of("BATON_MANIFEST", "env.json", "BATON_RPC_URL", "http://env:8545");
        options.rpcUrl = "http://cli:8545";

        EffectiveConfig config = options.resolve();

        assertThat(config.rpcUrl()).isEqualTo("http://cli:8545");
        assertThat(config.manifest()).isEqualTo(Path.of("env.json"));
        assertThat(config.sourceOf("manifest")).isEqualTo(ConfigSource.ENVIRONMENT);
        assertThat(config.confirmations()).isEqualTo(3);
        assertThat(config.sourceOf("confirmations")).isEqualTo(ConfigSource.FILE);
    }

    @Test
    void theConfigFileMayComeFromTheEnvironment() throws Exception {
        Path file = write("ops.yml", "manifest: from-yaml.json\n");
        OperatorOptions options = new OperatorOptions();
        options.environment = Map.of("BATON_CONFIG", file.toString());
        assertThat(options.resolve().manifest()).isEqualTo(Path.of("from-yaml.json"));
    }
}
