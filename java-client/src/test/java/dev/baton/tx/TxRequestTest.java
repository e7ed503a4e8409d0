package dev.baton.tx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.types.Address;
import dev.baton.types.Amount;
import org.junit.jupiter.api.Test;

class TxRequestTest {
    private static final Address TARGET = Address.of("0x00000000000000000000000000000000000000aa");

    @Test
    void aCreationHasNoCalleeAndACallHasOne() {
        TxRequest creation = TxRequest.create("0x6080");
        assertThat(creation.isCreation()).isTrue();
        assertThat(creation.to()).isNull();
        assertThat(creation.value()).isEqualTo(Amount.ZERO);
        assertThat(creation.gasLimit()).isNull();

        TxRequest call = TxRequest.call(TARGET, "0x");
        assertThat(call.isCreation()).isFalse();
        assertThat(call.to()).isEqualTo(TARGET);
    }

    @Test
    void noValueMeansZeroAndDataIsRequired() {
        assertThat(new TxRequest(TARGET, "0x", null, null).value()).isEqualTo(Amount.ZERO);
        assertThatThrownBy(() -> new TxRequest(TARGET, null, null, null))
                .hasMessageContaining("data");
        assertThatThrownBy(() -> TxRequest.call(null, "0x")).hasMessageContaining("to");
    }
}
