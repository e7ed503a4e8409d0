package dev.baton.cli.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.cli.ConfigException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {
    @TempDir Path dir;

    @Test
    void readsEveryKey() throws Exception {
        Path file = Files.writeString(dir.resolve("baton.json"), """
                {"rpcUrl": "http://127.0.0.1:8545", "manifest": "m.json", "keystore": "w.json",
                 "passwordEnv": "PW", "maxFeeGwei": "30", "confirmations": 2, "receiptTimeoutSeconds": 90}
                """);
        ConfigLayer layer = ConfigFile.read(file);
        assertThat(layer).isEqualTo(new ConfigLayer("http://127.0.0.1:8545", "m.json", "w.json", null, "PW", null, "30", 2, 90));
    }

    @Test
    void rejectsAnUnknownKeyByName() throws Exception {
        Path file = Files.writeString(dir.resolve("baton.json"), "{\"manifest\": \"m.json\", \"rpcURL\": \"http://x\"}");
        assertThatThrownBy(() -> ConfigFile.read(file))
                .isInstanceOf(ConfigException.class).hasMessageContaining("unknown key 'rpcURL'").hasMessageContaining(file.toString());
    }

    @Test
    void rejectsAWronglyTypedValue() throws Exception {
        Path file = Files.writeString(dir.resolve("baton.json"), "{\"confirmations\": \"many\"}");
        assertThatThrownBy(() -> ConfigFile.read(file)).isInstanceOf(ConfigException.class).hasMessageContaining("many");
    }

    @Test
    void rejectsAMissingFile() {
        assertThatThrownBy(() -> ConfigFile.read(dir.resolve("absent.json")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("absent.json");
    }

    @Test
    void environmentVariablesMapToKeys() {
        ConfigLayer layer = EnvironmentConfig.read(Map.of("BATON_RPC_URL", "http://e", "BATON_DEV_KEY_INDEX", "3",
                "BATON_CONFIRMATIONS", "2", "BATON_MAX_FEE_GWEI", "7", "UNRELATED", "x"));
        assertThat(layer).isEqualTo(new ConfigLayer("http://e", null, null, null, null, 3, "7", 2, null));
    }

    @Test
    void rejectsANonIntegerEnvironmentVariableByName() {
        assertThatThrownBy(() -> EnvironmentConfig.read(Map.of("BATON_CONFIRMATIONS", "two")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("BATON_CONFIRMATIONS").hasMessageContaining("two");
    }
}
