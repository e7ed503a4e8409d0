package dev.baton.internal.abi;

import java.util.Objects;
import java.util.function.Function;

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
}
