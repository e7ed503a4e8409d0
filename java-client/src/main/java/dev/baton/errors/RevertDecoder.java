package dev.baton.errors;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.web3j.abi.CustomErrorEncoder;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.BytesType;
import org.web3j.abi.datatypes.CustomError;
import org.web3j.abi.datatypes.NumericType;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;
import org.web3j.abi.datatypes.generated.Uint256;

/**
 * Turns revert data into the matching typed exception: a generated class per custom error of the
 * suite, {@link ErrorStringException} for {@code Error(string)}, {@link PanicException} for {@code
 * Panic(uint256)}, and {@link UnknownRevertException} for anything else. The selector table is
 * built from the generated wrappers' {@code CustomError} constants (listed in {@link
 * GeneratedErrorTable}), and arguments are decoded with their parameter types. Thread-safe and
 * stateless.
 */
public final class RevertDecoder {
    /**
     * Solidity's built-in {@code Error(string)}: no contract ABI lists it, so no wrapper defines
     * it.
     */
    private static final CustomError ERROR_STRING =
            new CustomError("Error", List.of(new TypeReference<Utf8String>() {}));

    /** Solidity's built-in {@code Panic(uint256)}, likewise. */
    private static final CustomError PANIC =
            new CustomError("Panic", List.of(new TypeReference<Uint256>() {}));

    static final String ERROR_STRING_SELECTOR = selectorOf(ERROR_STRING);
    static final String PANIC_SELECTOR = selectorOf(PANIC);

    private static final Map<String, GeneratedErrorTable.Entry> BY_SELECTOR =
            GeneratedErrorTable.ENTRIES.stream()
                    .collect(
                            Collectors.toUnmodifiableMap(
                                    RevertDecoder::selector, Function.identity(), (a, b) -> a));

    private RevertDecoder() {}

    /** The 4-byte selector (0x hex) of a table entry, from its wrapper's CustomError definition. */
    static String selector(GeneratedErrorTable.Entry entry) {
        return selectorOf(entry.error());
    }

    private static String selectorOf(CustomError error) {
        return CustomErrorEncoder.encode(error).substring(0, 10);
    }

    /** The selectors of every custom error the decoder knows. */
    static java.util.Set<String> knownSelectors() {
        return BY_SELECTOR.keySet();
    }

    /**
     * Decodes {@code revertData} (0x-prefixed hex, possibly just "0x"); {@code nodeMessage} is kept
     * for empty data.
     */
    public static ContractRevertException decode(String revertData, String nodeMessage) {
        String data = revertData == null ? "0x" : revertData.toLowerCase(Locale.ROOT);
        if (!data.startsWith("0x")) {
            data = "0x" + data;
        }
        if (data.length() < 10) {
            return new UnknownRevertException(data, nodeMessage);
        }
        String selector = data.substring(0, 10);
        String body = data.substring(10);
        try {
            if (selector.equals(ERROR_STRING_SELECTOR)) {
                return new ErrorStringException(
                        (String)
                                decodeArgs(
                                                ERROR_STRING.getName(),
                                                ERROR_STRING.getParameters(),
                                                body)
                                        .get(0),
                        data);
            }
            if (selector.equals(PANIC_SELECTOR)) {
                return new PanicException(
                        (BigInteger)
                                decodeArgs(PANIC.getName(), PANIC.getParameters(), body).get(0),
                        data);
            }
            GeneratedErrorTable.Entry entry = BY_SELECTOR.get(selector);
            if (entry == null) {
                return new UnknownRevertException(data, nodeMessage);
            }
            List<Object> values =
                    decodeArgs(entry.signature(), entry.error().getParameters(), body);
            Map<String, Object> arguments = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                arguments.put(entry.parameterNames().get(i), values.get(i));
            }
            return GeneratedErrors.create(entry.signature(), selector, arguments, data);
        } catch (AbiDecodingException malformed) {
            // Data that starts with a known selector but does not decode is reported as unknown,
            // never swallowed.
            return new UnknownRevertException(data, nodeMessage, malformed);
        }
    }

    private static List<Object> decodeArgs(
            String signature, List<TypeReference<Type>> types, String bodyHex) {
        if (types.isEmpty()) {
            return List.of();
        }
        List<Type> decoded;
        try {
            decoded = FunctionReturnDecoder.decode(bodyHex, types);
        } catch (RuntimeException e) {
            throw new AbiDecodingException(signature + " arguments", "0x" + bodyHex, e);
        }
        if (decoded.size() != types.size()) {
            throw new AbiDecodingException(
                    signature + " arguments",
                    "0x" + bodyHex,
                    new IllegalArgumentException("revert data too short"));
        }
        List<Object> values = new ArrayList<>();
        for (Type value : decoded) {
            values.add(toBatonValue(value));
        }
        return values;
    }

    static Object toBatonValue(Type value) {
        if (value instanceof org.web3j.abi.datatypes.Address a) {
            return dev.baton.types.Address.of(a.getValue());
        }
        if (value instanceof NumericType n) {
            return n.getValue();
        }
        if (value instanceof Bool b) {
            return b.getValue();
        }
        if (value instanceof Utf8String s) {
            return s.getValue();
        }
        if (value instanceof BytesType b) {
            return org.web3j.utils.Numeric.toHexString(b.getValue());
        }
        return value.getValue();
    }
}
