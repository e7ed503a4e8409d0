package dev.baton.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.agent.sequencer.SequencerAgentConfig;
import dev.baton.types.Amount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sequencer agent's config corpus: every bad file is refused naming the key and its line. */
class SequencerAgentConfigCorpusTest {
    private static final String OK =
            "store: s.db\nbid:\n  fixed: 100\nbatches:\n  directory: batches\n";

    private static SequencerAgentConfig yaml(String text) {
        return AgentConfigFile.parse("seq.yaml", text, SequencerAgentConfig.class);
    }

    @Test
    void aMinimalFileTakesTheDefaults() {
        SequencerAgentConfig config = yaml(OK);
        assertThat(config.name()).isEqualTo("sequencer");
        assertThat(config.pollIntervalMillis()).isEqualTo(SequencerAgentConfig.DEFAULT_POLL_MILLIS);
        assertThat(config.bid().token()).isEqualTo("BTN");
        assertThat(config.claimThreshold()).isEqualTo("0");
        assertThat(config.sealIfNobodyElse()).isFalse();
        assertThat(config.publishInOpenMode()).isFalse();
        assertThat(config.logFormat()).isNull();
        assertThat(config.bid().inUnits(18).fixed()).isEqualTo(Amount.parse("x", "100", 18));
    }

    @Test
    void aFullFileIsReadInYamlAndJson() {
        SequencerAgentConfig config =
                yaml(
                        "name: seq-1\nconnection: baton.yaml\nauction: '0x"
                                + "12".repeat(20)
                                + "'\n"
                                + "store: s.db\npollIntervalMillis: 250\nmetricsPort: 0\nbid:\n  token: BTN\n  shareOfFreeStakeBps: 2500\n"
                                + "  min: 10\n  max: '12.5'\nbatches:\n  http: http://127.0.0.1:8600/next\nclaimThreshold: 3\nsealIfNobodyElse: true\n"
                                + "publishInOpenMode: true\nlogFormat: JSON\n");
        assertThat(config.publishInOpenMode()).isTrue();
        assertThat(config.logFormat()).as("any case, kept in lower case").isEqualTo("json");
        assertThat(config.bid().inUnits(2).max()).isEqualTo(Amount.of(1250));
        assertThat(config.batches().http()).isEqualTo("http://127.0.0.1:8600/next");
        assertThat(config.sealIfNobodyElse()).isTrue();
        SequencerAgentConfig json =
                AgentConfigFile.parse(
                        "seq.json",
                        "{\"store\": \"s.db\", \"bid\": {\"fixed\": \"5\"}, \"batches\": {\"directory\": \"b\"}}",
                        SequencerAgentConfig.class);
        assertThat(json.bid().fixed()).isEqualTo("5");
        SequencerAgentConfig numbers =
                AgentConfigFile.parse(
                        "seq.json",
                        "{\"store\": \"s.db\", \"bid\": {\"fixed\": 5.5}, \"batches\": {\"directory\": \"b\"}, \"claimThreshold\": 2}",
                        SequencerAgentConfig.class);
        assertThat(numbers.bid().inUnits(1).fixed()).isEqualTo(Amount.of(55));
        assertThat(numbers.claimThreshold()).isEqualTo("2");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown key            | store: s.db\\nbid:\\n  fixed: 1\\n  mn: 1\\nbatches:\\n  directory: b | unknown key 'bid.mn' (line 4)",
                "misspelt amount key    | store: s.db\\nbid:\\n  fixd: 1\\nbatches:\\n  directory: b      | 'bid' (line 2): give exactly one of 'fixed'",
                "no bid                 | store: s.db\\nbatches:\\n  directory: b                           | 'bid': required",
                "both amounts           | store: s.db\\nbid:\\n  fixed: 1\\n  shareOfFreeStakeBps: 5\\nbatches:\\n  directory: b | 'shareOfFreeStakeBps' (line 4): give exactly one",
                "share too large        | store: s.db\\nbid:\\n  shareOfFreeStakeBps: 10001\\nbatches:\\n  directory: b | 'shareOfFreeStakeBps' (line 3): 10001 is outside [1, 10000]",
                "amount not a number    | store: s.db\\nbid:\\n  fixed: lots\\nbatches:\\n  directory: b   | 'fixed' (line 3): 'lots' is not an amount",
                "negative min           | store: s.db\\nbid:\\n  fixed: 1\\n  min: -2\\nbatches:\\n  directory: b | 'min' (line 4): -2 is negative",
                "min above max          | store: s.db\\nbid:\\n  fixed: 1\\n  min: 9\\n  max: 3\\nbatches:\\n  directory: b | 'min' (line 4): 9 is above max 3",
                "commission without delegation | store: s.db\\nbid:\\n  fixed: 1\\n  maxCommissionBps: 5\\nbatches:\\n  directory: b | 'maxCommissionBps' (line 4): applies to a delegated bid only",
                "delegation without commission | store: s.db\\nbid:\\n  fixed: 1\\n  delegateTo: '0x1212121212121212121212121212121212121212' | 'delegateTo' (line 4): needs maxCommissionBps",
                "bad delegate address   | store: s.db\\nbid:\\n  fixed: 1\\n  delegateTo: 0x12\\n  maxCommissionBps: 1 | 'delegateTo' (line 4)",
                "no batch source        | store: s.db\\nbid:\\n  fixed: 1                                    | 'batches': required",
                "two batch sources      | store: s.db\\nbid:\\n  fixed: 1\\nbatches:\\n  directory: b\\n  http: http://x/y | 'http' (line 6): give exactly one",
                "batch url not http     | store: s.db\\nbid:\\n  fixed: 1\\nbatches:\\n  http: ftp://x/y     | 'http' (line 5): 'ftp://x/y' is not an http(s) URL",
                "bad claim threshold    | store: s.db\\nbid:\\n  fixed: 1\\nbatches:\\n  directory: b\\nclaimThreshold: some | 'claimThreshold' (line 6)",
                "seal flag not boolean  | store: s.db\\nbid:\\n  fixed: 1\\nbatches:\\n  directory: b\\nsealIfNobodyElse: maybe | at 'sealIfNobodyElse' (line 6)",
                "poll too fast          | store: s.db\\npollIntervalMillis: 1\\nbid:\\n  fixed: 1\\nbatches:\\n  directory: b | 'pollIntervalMillis' (line 2): 1 is outside [50, 600000]",
                "port out of range      | metricsPort: 70000\\nstore: s.db\\nbid:\\n  fixed: 1\\nbatches:\\n  directory: b | 'metricsPort' (line 1): 70000 is outside [0, 65535]",
                "log format unknown     | store: s.db\\nbid:\\n  fixed: 1\\nbatches:\\n  directory: b\\nlogFormat: yaml | 'logFormat' (line 6): 'yaml' is neither text nor json",
                "open mode not boolean  | store: s.db\\nbid:\\n  fixed: 1\\nbatches:\\n  directory: b\\npublishInOpenMode: often | at 'publishInOpenMode' (line 6)",
                "bad auction address    | auction: 0x1234\\nstore: s.db\\nbid:\\n  fixed: 1\\nbatches:\\n  directory: b | 'auction' (line 1)",
                "store missing          | bid:\\n  fixed: 1\\nbatches:\\n  directory: b                     | 'store': required",
            })
    void aBadValueIsNamedWithItsLine(String label, String text, String expected) {
        CorpusRows.assertRefused(label, "seq.yaml", text, SequencerAgentConfig.class, expected);
    }

    @Test
    void tooManyDecimalsForTheTokenIsRefusedWhenTheAgentStarts() {
        SequencerAgentConfig config =
                yaml("store: s.db\nbid:\n  fixed: '1.005'\nbatches:\n  directory: b\n");
        assertThatThrownBy(() -> config.bid().inUnits(2)).hasMessageContaining("bid.fixed");
    }
}
