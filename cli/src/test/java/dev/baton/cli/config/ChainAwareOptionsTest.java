package dev.baton.cli.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.tx.TxOptions;
import dev.baton.types.ChainId;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CLI leaves every transaction setting the operator did not set to the chain ({@link
 * TxOptions#forChain}): a live chain gets two confirmations, polling in seconds and a fee cap, a
 * devnet its fast defaults, and whatever the operator sets (flag, environment or file) wins on
 * both.
 */
class ChainAwareOptionsTest {
    private static final ChainId MAINNET = ChainId.of(1);
    private static final ChainId DEVNET = ChainId.of(31337);
    private static final ConfigLayer NOTHING =
            new ConfigLayer(null, "m.json", null, null, null, null, null, null, null);

    private static TxOptions sending(
            ConfigLayer commandLine, ConfigLayer environment, ChainId chain) {
        EffectiveConfig config =
                ConfigResolver.resolve(commandLine, environment, ConfigLayer.EMPTY, Map.of());
        return OperatorOptions.batonOptions(config).toTxOptions(chain);
    }

    @Test
    void aLiveChainGetsTwoConfirmationsPollingInSecondsAndAFeeCapWhenTheOperatorSetsNone() {
        TxOptions tx = sending(NOTHING, ConfigLayer.EMPTY, MAINNET);

        assertThat(tx.confirmations())
                .isGreaterThanOrEqualTo(2)
                .isEqualTo(TxOptions.LIVE.confirmations());
        assertThat(tx.pollInterval()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        assertThat(tx.receiptTimeout()).isEqualTo(TxOptions.LIVE.receiptTimeout());
        assertThat(tx.fees().maxFeeCap()).isEqualTo(TxOptions.LIVE_DEFAULT_FEE_CAP);
        assertThat(tx.stuck().replaces()).isTrue();
    }

    @Test
    void aDevnetKeepsItsFastDefaults() {
        TxOptions tx = sending(NOTHING, ConfigLayer.EMPTY, DEVNET);

        assertThat(tx).isEqualTo(TxOptions.DEVNET);
    }

    @Test
    void whatTheOperatorSetsWinsOnEveryChain() {
        ConfigLayer flags = new ConfigLayer(null, "m.json", null, null, null, null, "3", 5, 42);
        for (ChainId chain : new ChainId[] {MAINNET, DEVNET}) {
            TxOptions tx = sending(flags, ConfigLayer.EMPTY, chain);
            assertThat(tx.confirmations()).isEqualTo(5);
            assertThat(tx.receiptTimeout()).isEqualTo(Duration.ofSeconds(42));
            assertThat(tx.fees().maxFeeCap()).isEqualTo(BigInteger.valueOf(3_000_000_000L));
        }
    }

    @Test
    void oneConfirmationFromTheEnvironmentIsKeptOnALiveChain() {
        ConfigLayer env = new ConfigLayer(null, null, null, null, null, null, null, 1, null);

        assertThat(sending(NOTHING, env, MAINNET).confirmations()).isEqualTo(1);
    }

    @Test
    void configCheckSaysWhichSettingsWritesUse() {
        EffectiveConfig config =
                ConfigResolver.resolve(NOTHING, ConfigLayer.EMPTY, ConfigLayer.EMPTY, Map.of());

        assertThat(ConfigCheck.sending(config, 1))
                .startsWith("2 confirmation(s)")
                .contains("fee cap 200000000000 wei")
                .endsWith("(live-chain defaults)");
        assertThat(ConfigCheck.sending(config, 31337))
                .startsWith("1 confirmation(s)")
                .contains("fee cap none");
    }
}
