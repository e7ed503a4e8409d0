package dev.baton.internal.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.errors.AbiValueOutOfRangeException;
import dev.baton.errors.BatonException;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Narrow integers are range-checked by field name before they become web3j values. */
class AbiValuesTest {

    @Test
    void aUint16Of70000FailsNamingTheField() {
        assertThatThrownBy(() -> AbiValues.uint16("Params.slotsPerEpoch", 70_000))
                .isInstanceOf(AbiValueOutOfRangeException.class)
                .isInstanceOf(BatonException.class)
                .hasMessage("Params.slotsPerEpoch = 70000 does not fit uint16 (0..65535)")
                .satisfies(
                        e -> {
                            AbiValueOutOfRangeException range = (AbiValueOutOfRangeException) e;
                            assertThat(range.field()).isEqualTo("Params.slotsPerEpoch");
                            assertThat(range.value()).isEqualTo(70_000);
                            assertThat(range.solidityType()).isEqualTo("uint16");
                        });
    }

    @Test
    void eachWidthAcceptsItsMaximumAndRejectsOneMore() {
        assertThat(AbiValues.uint8("f", 255).getValue()).isEqualTo(255);
        assertThat(AbiValues.uint16("f", 65_535).getValue()).isEqualTo(65_535);
        assertThat(AbiValues.uint32("f", 0xFFFF_FFFFL).getValue()).isEqualTo(0xFFFF_FFFFL);
        BigInteger max96 = BigInteger.ONE.shiftLeft(96).subtract(BigInteger.ONE);
        assertThat(AbiValues.uint96("f", max96).getValue()).isEqualTo(max96);

        assertThatThrownBy(() -> AbiValues.uint8("f", 256))
                .isInstanceOf(AbiValueOutOfRangeException.class);
        assertThatThrownBy(() -> AbiValues.uint32("f", 0x1_0000_0000L))
                .isInstanceOf(AbiValueOutOfRangeException.class);
        assertThatThrownBy(() -> AbiValues.uint96("f", max96.add(BigInteger.ONE)))
                .isInstanceOf(AbiValueOutOfRangeException.class);
        assertThatThrownBy(() -> AbiValues.uint128("f", BigInteger.ONE.shiftLeft(128)))
                .isInstanceOf(AbiValueOutOfRangeException.class);
    }

    @Test
    void negativeValuesFitNoUnsignedType() {
        assertThatThrownBy(() -> AbiValues.uint64("Params.genesisBlock", -1))
                .isInstanceOf(AbiValueOutOfRangeException.class)
                .hasMessageContaining("Params.genesisBlock = -1");
    }
}
