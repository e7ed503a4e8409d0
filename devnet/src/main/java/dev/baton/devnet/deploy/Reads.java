package dev.baton.devnet.deploy;

import dev.baton.internal.abi.Wrappers;
import dev.baton.types.Address;
import java.math.BigInteger;
import org.web3j.abi.datatypes.Bool;
import org.web3j.protocol.core.RemoteFunctionCall;

/**
 * Views the steps check before a wiring call, encoded and decoded through the generated wrappers.
 */
final class Reads {
    private Reads() {}

    static boolean bool(
            DeploymentContext context, String what, Address to, RemoteFunctionCall<Boolean> call) {
        return Wrappers.single(what, call, context.call(to, call.encodeFunctionCall()), Bool.class)
                .getValue();
    }

    static Address address(
            DeploymentContext context, String what, Address to, RemoteFunctionCall<String> call) {
        return Address.of(
                Wrappers.address(what, call, context.call(to, call.encodeFunctionCall())));
    }

    static BigInteger uint(
            DeploymentContext context,
            String what,
            Address to,
            RemoteFunctionCall<BigInteger> call) {
        return Wrappers.uint(what, call, context.call(to, call.encodeFunctionCall()));
    }
}
