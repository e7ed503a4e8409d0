package dev.baton.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.agent.prover.ProverAgentConfig;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The prover agent's config corpus: every bad file is refused naming the key and its line. */
class ProverAgentConfigCorpusTest {
    private static final String MARKET = "market: 0x5FbDB2315678afecb367f032d93F642f64180aa3\n";

    private static ProverAgentConfig yaml(String text) {
        return AgentConfigFile.parse("prover.yaml", text, ProverAgentConfig.class);
    }

    @Test
    void aMinimalFileTakesTheDefaults() {
        ProverAgentConfig config = yaml(MARKET + "store: p.db\nattestations: outbox\n");
        assertThat(config.name()).isEqualTo("prover");
        assertThat(config.claimAbove()).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(config.fromBlock()).isNull();
        assertThat(config.pollIntervalMillis()).isEqualTo(ProverAgentConfig.DEFAULT_POLL_MILLIS);
        assertThat(config.metricsPort()).isNull();
    }

    @Test
    void jsonIsReadAsStrictlyAsYaml() {
        String ok =
                "{\"market\": \"0x5FbDB2315678afecb367f032d93F642f64180aa3\", \"store\": \"p.db\", "
                        + "\"attestations\": \"out\", \"claimAbove\": 2.5}";
        assertThat(AgentConfigFile.parse("p.json", ok, ProverAgentConfig.class).claimAbove())
                .isEqualByComparingTo("2.5");
        assertThatThrownBy(
                        () ->
                                AgentConfigFile.parse(
                                        "p.json",
                                        "{\n\"store\": \"p.db\",\n\"atestations\": \"o\",\n"
                                                + "\"attestations\": \"o\", \"market\": \"0x5FbDB2315678afecb367f032d93F642f64180aa3\"}",
                                        ProverAgentConfig.class))
                .hasMessageContaining("unknown key 'atestations' (line 3)");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "market missing        | store: p.db\\nattestations: o                     | 'market': required",
                "bad market address    | store: p.db\\nmarket: 0x12\\nattestations: o       | 'market' (line 2)",
                "store missing         | "
                        + "market: 0x5FbDB2315678afecb367f032d93F642f64180aa3\\nattestations: o | 'store': required",
                "outbox missing        | market: 0x5FbDB2315678afecb367f032d93F642f64180aa3\\nstore: p.db | 'attestations': required",
                "negative claimAbove   | market: 0x5FbDB2315678afecb367f032d93F642f64180aa3\\nstore: p.db\\nattestations: o\\nclaimAbove: -1 | 'claimAbove' (line 4): -1 is negative",
                "claimAbove not number | market: 0x5FbDB2315678afecb367f032d93F642f64180aa3\\nstore: p.db\\nattestations: o\\nclaimAbove: lots | at 'claimAbove' (line 4)",
                "negative fromBlock    | market: 0x5FbDB2315678afecb367f032d93F642f64180aa3\\nfromBlock: -5\\nstore: p.db\\nattestations: o | 'fromBlock' (line 2): -5 is negative",
                "poll too fast         | market: 0x5FbDB2315678afecb367f032d93F642f64180aa3\\nstore: p.db\\nattestations: o\\npollIntervalMillis: 10 | 'pollIntervalMillis' (line 4): 10 is outside [50, 600000]",
                "port out of range     | market: 0x5FbDB2315678afecb367f032d93F642f64180aa3\\nstore: p.db\\nattestations: o\\nmetricsPort: -1 | 'metricsPort' (line 4): -1 is outside [0, 65535]",
                "log format unknown    | market: 0x5FbDB2315678afecb367f032d93F642f64180aa3\\nstore: p.db\\nattestations: o\\nlogFormat: logfmt | 'logFormat' (line 4): 'logfmt' is neither text nor json",
                "unknown key           | market: 0x5FbDB2315678afecb367f032d93F642f64180aa3\\nstore: p.db\\nattestations: o\\nseal: true | unknown key 'seal' (line 4)",
            })
    void aBadValueIsNamedWithItsLine(String label, String text, String expected) {
        CorpusRows.assertRefused(label, "prover.yaml", text, ProverAgentConfig.class, expected);
    }
}
