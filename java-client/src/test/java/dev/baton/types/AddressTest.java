package dev.baton.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AddressTest {
    private static final String CHECKSUMMED = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";

    @Test
    void printsTheEip55ChecksummedForm() {
        assertThat(Address.parse("staker", CHECKSUMMED.toLowerCase()).toString())
                .isEqualTo(CHECKSUMMED);
    }

    @Test
    void acceptsCorrectChecksumAndAllUpperCase() {
        assertThat(Address.parse("staker", CHECKSUMMED))
                .isEqualTo(Address.parse("x", "0x" + CHECKSUMMED.substring(2).toUpperCase()));
    }

    @Test
    void refusesAWrongChecksumNamingTheField() {
        String typo = CHECKSUMMED.replace("Fd6", "fd6");
        assertThatThrownBy(() -> Address.parse("staker", typo))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("staker")
                .hasMessageContaining("checksum")
                .hasMessageContaining(CHECKSUMMED);
    }

    @Test
    void refusesMalformedTextNamingTheFieldAndValue() {
        assertThatThrownBy(() -> Address.parse("--token", "0x1234"))
                .hasMessageContaining("--token")
                .hasMessageContaining("0x1234");
        assertThatThrownBy(
                        () -> Address.parse("--token", "f39fd6e51aad88f6f4ce6ab8827279cfffb92266"))
                .hasMessageContaining("--token");
        assertThatThrownBy(() -> Address.parse("--token", null)).hasMessageContaining("--token");
    }
}
