package dev.baton.internal.abi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.baton.internal.contracts.BatonToken;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.protocol.core.RemoteCall;

class InitCodeTest {
    private static final String OWNER = "0x00000000000000000000000000000000000000aa";

    @Test
    void initCodeIsTheCreationBytecodeFollowedByTheEncodedConstructorArguments() {
        String initCode =
                InitCode.of(
                        (web3j, manager, gas) ->
                                BatonToken.deploy(web3j, manager, gas, "Baton", "BTN", OWNER));

        @SuppressWarnings("rawtypes")
        List<Type> args =
                List.of(new Utf8String("Baton"), new Utf8String("BTN"), new Address(OWNER));
        assertThat(initCode)
                .isEqualTo("0x" + BatonToken.BINARY + FunctionEncoder.encodeConstructor(args));
    }

    @Test
    void constructorArgumentsChangeOnlyTheTail() {
        String one =
                InitCode.of(
                        (web3j, manager, gas) ->
                                BatonToken.deploy(web3j, manager, gas, "A", "A", OWNER));
        String two =
                InitCode.of(
                        (web3j, manager, gas) ->
                                BatonToken.deploy(web3j, manager, gas, "B", "B", OWNER));

        assertThat(one).isNotEqualTo(two).startsWith("0x" + BatonToken.BINARY);
        assertThat(two).startsWith("0x" + BatonToken.BINARY);
    }

    @Test
    void aDeployThatFailsBeforeItsTransactionIsReportedWithItsCause() {
        IllegalStateException cause = new IllegalStateException("no constructor for you");

        assertThatThrownBy(
                        () ->
                                InitCode.of(
                                        (web3j, manager, gas) ->
                                                new RemoteCall<>(
                                                        () -> {
                                                            throw cause;
                                                        })))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("did not reach its transaction")
                .hasMessageContaining("no constructor for you")
                .hasCause(cause);
    }

    @Test
    void aDeployThatReturnsWithoutSendingIsRefused() {
        assertThatThrownBy(
                        () ->
                                InitCode.of(
                                        (web3j, manager, gas) ->
                                                new RemoteCall<>(() -> "nothing sent")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without sending its creation transaction");
    }
}
