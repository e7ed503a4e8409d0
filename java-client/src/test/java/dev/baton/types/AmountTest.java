package dev.baton.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class AmountTest {
    @Test
    void parsesPlainUnitsAndTokenDecimals() {
        assertThat(Amount.parse("amount", "1000").value()).isEqualTo(1000);
        assertThat(Amount.parse("amount", "1.5", 18).value())
                .isEqualTo(new BigInteger("1500000000000000000"));
        assertThat(Amount.parse("amount", "0.000001", 6).value()).isEqualTo(1);
    }

    @Test
    void refusesNegativeTooPreciseOrTooLargeValuesNamingTheField() {
        assertThatThrownBy(() -> Amount.parse("--amount", "-1"))
                .hasMessageContaining("--amount")
                .hasMessageContaining(">= 0");
        assertThatThrownBy(() -> Amount.parse("--amount", "0.0000001", 6))
                .hasMessageContaining("--amount")
                .hasMessageContaining("6 fractional");
        assertThatThrownBy(() -> Amount.parse("--amount", "1e80"))
                .hasMessageContaining("--amount")
                .hasMessageContaining("uint256");
        assertThatThrownBy(() -> Amount.parse("--amount", "ten")).hasMessageContaining("'ten'");
    }

    @Test
    void acceptsTheLargestUint256() {
        assertThat(Amount.of(Amount.MAX_UINT256).value().bitLength()).isEqualTo(256);
    }

    @Test
    void txHashAndChainIdValidate() {
        assertThatThrownBy(() -> TxHash.of("0x12")).hasMessageContaining("64 hex");
        assertThatThrownBy(() -> ChainId.of(0)).hasMessageContaining("positive");
        assertThat(TxHash.of("0x" + "AB".repeat(32)).hex()).isEqualTo("0x" + "ab".repeat(32));
    }
}
