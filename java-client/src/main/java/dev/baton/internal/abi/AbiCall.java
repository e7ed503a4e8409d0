package dev.baton.internal.abi;

import java.math.BigInteger;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.web3j.abi.datatypes.Type;
import org.web3j.protocol.core.RemoteFunctionCall;

/**
 * A contract call ready to go: its 0x-hex calldata and how to turn the 0x-hex result into a Baton
 * value.
 *
 * @param data the calldata, from a generated wrapper's function
 * @param decoder decodes the call's result; throws {@link dev.baton.errors.AbiDecodingException} on
 *     a wrong shape
 * @param <T> the decoded value
 */
public record AbiCall<T>(String data, Function<String, T> decoder) {

    public AbiCall {
        Objects.requireNonNull(data, "data");
        Objects.requireNonNull(decoder, "decoder");
    }

    public T decode(String result) {
        return decoder.apply(result);
    }

    /**
     * {@code call}'s calldata, its result decoded as its {@code outputs} values and mapped by
     * {@code map}; {@code what} names the result in decoding errors.
     */
    public static <T> AbiCall<T> of(
            String what, RemoteFunctionCall<?> call, int outputs, Function<List<Type>, T> map) {
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result -> map.apply(Wrappers.decode(what, call, result, outputs)));
    }

    /** {@code call}'s calldata, its single output (the wrapper's {@code type}) mapped by map. */
    public static <S, T> AbiCall<T> single(
            String what, RemoteFunctionCall<?> call, Class<S> type, Function<S, T> map) {
        return new AbiCall<>(
                call.encodeFunctionCall(),
                result -> map.apply(Wrappers.single(what, call, result, type)));
    }

    /** {@code call}'s calldata, its single unsigned-integer output mapped by {@code map}. */
    public static <T> AbiCall<T> uint(
            String what, RemoteFunctionCall<?> call, Function<BigInteger, T> map) {
        return new AbiCall<>(
                call.encodeFunctionCall(), result -> map.apply(Wrappers.uint(what, call, result)));
    }
}
