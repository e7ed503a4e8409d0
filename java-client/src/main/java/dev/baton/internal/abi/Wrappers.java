package dev.baton.internal.abi;

import dev.baton.errors.AbiDecodingException;
import java.math.BigInteger;
import java.util.List;
import org.web3j.abi.datatypes.Type;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.RemoteFunctionCall;
import org.web3j.tx.Contract;
import org.web3j.tx.ReadonlyTransactionManager;
import org.web3j.tx.TransactionManager;
import org.web3j.tx.gas.ContractGasProvider;
import org.web3j.tx.gas.StaticGasProvider;

/**
 * Generated wrappers used as codecs only: loaded against no node, their functions give calldata
 * ({@link RemoteFunctionCall#encodeFunctionCall()}) and decode results with their own output types
 * ({@link RemoteFunctionCall#decodeFunctionResponse(String)}). Nothing here talks to a chain; the
 * transaction layer sends the calldata.
 */
public final class Wrappers {

    private static final String NO_ADDRESS = "0x0000000000000000000000000000000000000000";

    /** The generated {@code load(address, web3j, transactionManager, gasProvider)} of a wrapper. */
    @FunctionalInterface
    public interface Loader<T extends Contract> {
        T load(
                String address,
                Web3j web3j,
                TransactionManager transactionManager,
                ContractGasProvider gasProvider);
    }

    private Wrappers() {}

    /** A wrapper bound to no node and no address, for encoding and decoding only. */
    public static <T extends Contract> T codec(Loader<T> loader) {
        return loader.load(
                NO_ADDRESS,
                null,
                new ReadonlyTransactionManager(null, NO_ADDRESS),
                new StaticGasProvider(BigInteger.ZERO, BigInteger.ZERO));
    }

    /**
     * The values of a call's result, decoded with the function's output types.
     *
     * @param what names the result in the error, e.g. {@code RollupRegistry.rollup}
     * @throws AbiDecodingException when the result is not one value per output of the right type
     */
    public static List<Type> decode(
            String what, RemoteFunctionCall<?> call, String result, int outputs) {
        List<Type> values;
        try {
            values = call.decodeFunctionResponse(result);
        } catch (RuntimeException malformed) {
            throw new AbiDecodingException(what + " result", result, malformed);
        }
        if (values == null || values.size() != outputs) {
            throw new AbiDecodingException(
                    what + " result",
                    result,
                    new IllegalArgumentException(
                            "expected "
                                    + outputs
                                    + " value(s), got "
                                    + (values == null ? 0 : values.size())));
        }
        return values;
    }

    /**
     * The single output of a call, as the wrapper's type {@code type} (a struct class or a web3j
     * value type).
     */
    public static <T> T single(
            String what, RemoteFunctionCall<?> call, String result, Class<T> type) {
        Object value = decode(what, call, result, 1).getFirst();
        if (!type.isInstance(value)) {
            throw new AbiDecodingException(
                    what + " result",
                    result,
                    new IllegalArgumentException(
                            "expected "
                                    + type.getSimpleName()
                                    + ", got "
                                    + value.getClass().getSimpleName()));
        }
        return type.cast(value);
    }

    /** The single unsigned-integer output of a call. */
    public static BigInteger uint(String what, RemoteFunctionCall<?> call, String result) {
        Object value = single(what, call, result, Type.class).getValue();
        if (value instanceof BigInteger n) {
            return n;
        }
        throw new AbiDecodingException(
                what + " result", result, new IllegalArgumentException("not an integer"));
    }

    /** The single {@code address} output of a call. */
    public static String address(String what, RemoteFunctionCall<?> call, String result) {
        return single(what, call, result, org.web3j.abi.datatypes.Address.class).getValue();
    }
}
