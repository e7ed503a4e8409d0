package dev.baton.tx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.baton.errors.ERC20InsufficientBalanceException;
import dev.baton.errors.NonceTooLowException;
import dev.baton.errors.TransportException;
import dev.baton.errors.UnknownRevertException;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.web3j.protocol.core.Response;

class RpcErrorsTest {
    @Test
    void code3WithDataIsTheTypedRevert() {
        Response.Error error =
                new Response.Error(
                        3, "VM Exception while processing transaction: reverted with custom error");
        error.setData(
                "0xe450d38c000000000000000000000000f39fd6e51aad88f6f4ce6ab8827279cfffb92266"
                        + "0000000000000000000000000000000000000000000000000000000000000000"
                        + "0000000000000000000000000000000000000000000000000000000000000001");
        assertThat(RpcErrors.fromError("eth_call", error))
                .isInstanceOf(ERC20InsufficientBalanceException.class);
    }

    @Test
    void revertWithoutDataIsUnknownRevert() {
        assertThat(
                        RpcErrors.fromError(
                                "eth_call", new Response.Error(-32000, "execution reverted")))
                .isInstanceOf(UnknownRevertException.class);
    }

    @Test
    void nonceTooLowIsRecognisedInHardhatAndGethWording() {
        assertThat(
                        RpcErrors.fromError(
                                "send",
                                new Response.Error(
                                        -32000,
                                        "Nonce too low. Expected nonce to be 3 but got 2.")))
                .isInstanceOf(NonceTooLowException.class);
        assertThat(
                        RpcErrors.fromError(
                                "send",
                                new Response.Error(
                                        -32000, "nonce too low: next nonce 3, tx nonce 2")))
                .isInstanceOf(NonceTooLowException.class);
    }

    @Test
    void nonceTooHighIsItsOwnType() {
        assertThat(
                        RpcErrors.fromError(
                                "send",
                                new Response.Error(
                                        -32000,
                                        "Nonce too high. Expected nonce to be 1 but got 15. Note that transactions can't be queued when automining.")))
                .isInstanceOf(dev.baton.errors.NonceTooHighException.class);
    }

    @Test
    void rateLimitsAndIoFailuresAreTransientOtherErrorsPermanent() {
        assertThat(
                        ((TransportException)
                                        RpcErrors.fromError(
                                                "x", new Response.Error(-32005, "limit exceeded")))
                                .isTransient())
                .isTrue();
        assertThat(
                        ((TransportException)
                                        RpcErrors.fromError(
                                                "x",
                                                new Response.Error(-32602, "invalid argument")))
                                .isTransient())
                .isFalse();
        assertThat(
                        RpcErrors.fromIo("eth_call", new IOException("Connection refused"))
                                .isTransient())
                .isTrue();
    }

    @Test
    void alreadyKnownCountsAsAccepted() {
        assertThat(RpcErrors.isAlreadyKnown(new Response.Error(-32000, "already known"))).isTrue();
        assertThat(RpcErrors.isAlreadyKnown(new Response.Error(-32000, "Known transaction: 0xab")))
                .isTrue();
        assertThat(RpcErrors.isAlreadyKnown(new Response.Error(-32000, "insufficient funds")))
                .isFalse();
    }
}
