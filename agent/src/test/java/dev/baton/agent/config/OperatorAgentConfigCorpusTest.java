package dev.baton.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.agent.operator.OperatorAgentConfig;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The operator agent's config corpus: every bad file is refused naming the key and its line. */
class OperatorAgentConfigCorpusTest {
    private static OperatorAgentConfig yaml(String text) {
        return AgentConfigFile.parse("agent.yaml", text, OperatorAgentConfig.class);
    }

    @Test
    void aMinimalFileTakesTheDefaults() {
        OperatorAgentConfig config = yaml("store: keeper.db\n");
        assertThat(config.name()).isEqualTo("operator");
        assertThat(config.pollIntervalMillis()).isEqualTo(OperatorAgentConfig.DEFAULT_POLL_MILLIS);
        assertThat(config.metricsPort()).isNull();
        assertThat(config.seal()).isTrue();
    }

    @Test
    void jsonIsReadAsStrictlyAsYaml() {
        assertThat(AgentConfigFile.parse("a.json", "{\"store\": \"k.db\", \"metricsPort\": 0}", OperatorAgentConfig.class)
                .metricsPort()).isZero();
        assertThatThrownBy(() -> AgentConfigFile.parse("a.json", "{\n\"store\": \"k.db\",\n\"sael\": true}", OperatorAgentConfig.class))
                .hasMessageContaining("unknown key 'sael' (line 3)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "unknown key           | store: k.db\\npollIntervalMilis: 5         | unknown key 'pollIntervalMilis' (line 2)",
        "poll too fast         | name: k\\nstore: k.db\\npollIntervalMillis: 1 | 'pollIntervalMillis' (line 3): 1 is outside [50, 600000]",
        "port out of range     | store: k.db\\nmetricsPort: 70000         | 'metricsPort' (line 2): 70000 is outside [0, 65535]",
        "port not a number     | store: k.db\\nmetricsPort: nine          | at 'metricsPort' (line 2)",
        "bad auction address   | auction: 0x1234\\nstore: k.db             | 'auction' (line 1)",
        "bad name              | name: 'a b'\\nstore: k.db                 | 'name' (line 1)",
        "seal not a boolean    | store: k.db\\n\\nseal: sometimes          | at 'seal' (line 3)",
        "store missing         | name: k                                   | 'store': required",
    })
    void aBadValueIsNamedWithItsLine(String label, String text, String expected) {
        assertThatThrownBy(() -> yaml(text.replace("\\n", "\n")))
                .as(label)
                .isInstanceOf(AgentConfigException.class)
                .hasMessageContaining("agent config agent.yaml")
                .hasMessageContaining(expected);
    }

    @Test
    void anEmptyFileOrAnUnknownExtensionIsRefused() {
        assertThatThrownBy(() -> yaml("  \n")).hasMessageContaining("empty");
        assertThatThrownBy(() -> AgentConfigFile.parse("agent.toml", "store = 1", OperatorAgentConfig.class))
                .hasMessageContaining("unknown format");
    }
}
