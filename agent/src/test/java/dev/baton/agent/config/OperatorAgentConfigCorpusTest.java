package dev.baton.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.agent.operator.OperatorAgentConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
        assertThat(config.marketAddress()).isEmpty();
        assertThat(config.finalise()).isFalse();
        assertThat(config.slash()).isFalse();
        assertThat(config.funds()).isFalse();
    }

    @Test
    void aMarketTurnsOnFinalisingAndSlashingFundingOnlyWhenAsked() {
        OperatorAgentConfig config =
                yaml("store: k.db\nmarket: 0x5FbDB2315678afecb367f032d93F642f64180aa3\n");
        assertThat(config.finalise()).isTrue();
        assertThat(config.slash()).isTrue();
        assertThat(config.funds()).isFalse();
        OperatorAgentConfig funding =
                yaml(
                        "store: k.db\nmarket: 0x5FbDB2315678afecb367f032d93F642f64180aa3\n"
                                + "slash: false\nfundPoolBelow: 200\nfundAmount: 500.5\n");
        assertThat(funding.slash()).isFalse();
        assertThat(funding.funds()).isTrue();
        assertThat(funding.fundAmount()).isEqualByComparingTo("500.5");
    }

    @Test
    void jsonIsReadAsStrictlyAsYaml() {
        assertThat(
                        AgentConfigFile.parse(
                                        "a.json",
                                        "{\"store\": \"k.db\", \"metricsPort\": 0}",
                                        OperatorAgentConfig.class)
                                .metricsPort())
                .isZero();
        assertThatThrownBy(
                        () ->
                                AgentConfigFile.parse(
                                        "a.json",
                                        "{\n\"store\": \"k.db\",\n\"sael\": true}",
                                        OperatorAgentConfig.class))
                .hasMessageContaining("unknown key 'sael' (line 3)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown key           | store: k.db\\npollIntervalMilis: 5         | unknown key 'pollIntervalMilis' (line 2)",
                "poll too fast         | name: k\\nstore: k.db\\npollIntervalMillis: 1 | 'pollIntervalMillis' (line 3): 1 is outside [50, 600000]",
                "port out of range     | store: k.db\\nmetricsPort: 70000         | 'metricsPort' (line 2): 70000 is outside [0, 65535]",
                "log format unknown    | store: k.db\\nseal: true\\nlogFormat: xml | 'logFormat' (line 3): 'xml' is neither text nor json",
                "log format not text   | store: k.db\\nlogFormat: [json]         | at 'logFormat' (line 2)",
                "port not a number     | store: k.db\\nmetricsPort: nine          | at 'metricsPort' (line 2)",
                "bad auction address   | auction: 0x1234\\nstore: k.db             | 'auction' (line 1)",
                "bad name              | name: 'a b'\\nstore: k.db                 | 'name' (line 1)",
                "seal not a boolean    | store: k.db\\n\\nseal: sometimes          | at 'seal' (line 3)",
                "store missing         | name: k                                   | 'store': required",
                "bad market address    | store: k.db\\nmarket: 0xnope              | 'market' (line 2)",
                "finalise sans market  | store: k.db\\nfinalise: true             | 'finalise' (line 2): needs 'market'",
                "fund sans market      | store: k.db\\nseal: true\\nfinalise: false\\nslash: false\\nfundPoolBelow: 5\\nfundAmount: 9 | 'fundPoolBelow' (line 5): needs 'market'",
                "fund amount alone     | store: k.db\\nmarket: 0x5FbDB2315678afecb367f032d93F642f64180aa3\\nfundAmount: 9 | 'fundAmount' (line 3): fundPoolBelow and fundAmount go together",
                "fund amount zero      | store: k.db\\nmarket: 0x5FbDB2315678afecb367f032d93F642f64180aa3\\nfundPoolBelow: 1\\nfundAmount: 0 | 'fundAmount' (line 4): 0 must be positive",
                "fund below negative   | store: k.db\\nmarket: 0x5FbDB2315678afecb367f032d93F642f64180aa3\\nfundPoolBelow: -1\\nfundAmount: 3 | 'fundPoolBelow' (line 3): -1 is negative",
                "fund not a number     | store: k.db\\nmarket: 0x5FbDB2315678afecb367f032d93F642f64180aa3\\nfundPoolBelow: many\\nfundAmount: 3 | at 'fundPoolBelow' (line 3)",
                "negative fromBlock    | store: k.db\\nmarket: 0x5FbDB2315678afecb367f032d93F642f64180aa3\\nfromBlock: -1 | 'fromBlock' (line 3): -1 is negative",
            })
    void aBadValueIsNamedWithItsLine(String label, String text, String expected) {
        CorpusRows.assertRefused(label, "agent.yaml", text, OperatorAgentConfig.class, expected);
    }

    @Test
    void anEmptyFileOrAnUnknownExtensionIsRefused() {
        assertThatThrownBy(() -> yaml("  \n")).hasMessageContaining("empty");
        assertThatThrownBy(
                        () ->
                                AgentConfigFile.parse(
                                        "agent.toml", "store = 1", OperatorAgentConfig.class))
                .hasMessageContaining("unknown format");
    }
}
