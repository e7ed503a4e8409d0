package dev.baton.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The chain's {@code decimals()} path is exercised by the ITs that bid, fund and stake without
 * --decimals.
 */
class TokenDecimalsTest {

    @Test
    void anExplicitDecimalsFlagOverridesTheTokenWithoutAChainCall() {
        assertThat(TokenDecimals.of(6, null, null)).isEqualTo(6);
        assertThat(TokenDecimals.of(0, null, null)).isZero();
    }

    @Test
    void aNegativeOrOversizedFlagIsRefusedNamingTheFlag() {
        assertThatThrownBy(() -> TokenDecimals.of(-1, null, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("--decimals");
        assertThatThrownBy(() -> TokenDecimals.of(78, null, null))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("78");
    }
}
