package dev.baton.errors;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.web3j.abi.FunctionReturnDecoder;
import org.web3j.abi.TypeReference;
import org.web3j.abi.datatypes.Bool;
import org.web3j.abi.datatypes.BytesType;
import org.web3j.abi.datatypes.NumericType;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.Utf8String;

/**
 * Turns revert data into the matching typed exception: a generated class per custom error of the suite (from
 * {@link GeneratedErrorTable}), {@link ErrorStringException} for {@code Error(string)}, {@link PanicException} for
 * {@code Panic(uint256)}, and {@link UnknownRevertException} for anything else. Thread-safe and stateless.
 */
public final class RevertDecoder {
    static final String ERROR_STRING_SELECTOR = "0x08c379a0";
    static final String PANIC_SELECTOR = "0x4e487b71";

    private static final Map<String, GeneratedErrorTable.Entry> BY_SELECTOR = GeneratedErrorTable.ENTRIES.stream()
            .collect(Collectors.toUnmodifiableMap(GeneratedErrorTable.Entry::selector, Function.identity(), (a, b) -> a));

    private RevertDecoder() {}

    /** Decodes {@code revertData} (0x-prefixed hex, possibly just "0x"); {@code nodeMessage} is kept for empty data. */
    public static ContractRevertException decode(String revertData, String nodeMessage) {
        String data = revertData == null ? "0x" : revertData.toLowerCase(Locale.ROOT);
        if (!data.startsWith("0x")) data = "0x" + data;
        if (data.length() < 10) return new UnknownRevertException(data, nodeMessage);
        String selector = data.substring(0, 10);
        String body = data.substring(10);
        try {
            if (selector.equals(ERROR_STRING_SELECTOR)) {
                return new ErrorStringException((String) decodeArgs(List.of("string"), body).get(0), data);
            }
            if (selector.equals(PANIC_SELECTOR)) {
                return new PanicException((BigInteger) decodeArgs(List.of("uint256"), body).get(0), data);
            }
            GeneratedErrorTable.Entry entry = BY_SELECTOR.get(selector);
            if (entry == null) return new UnknownRevertException(data, nodeMessage);
            List<Object> values = decodeArgs(parameterTypes(entry.signature()), body);
            Map<String, Object> arguments = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) arguments.put(entry.parameterNames().get(i), values.get(i));
            return GeneratedErrors.create(entry.signature(), selector, arguments, data);
        } catch (RuntimeException malformed) {
            // Data that starts with a known selector but does not decode is reported as unknown, never swallowed.
            return new UnknownRevertException(data, nodeMessage);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static List<Object> decodeArgs(List<String> types, String bodyHex) {
        if (types.isEmpty()) return List.of();
        List<TypeReference<Type>> refs = new ArrayList<>();
        for (String type : types) {
            try {
                refs.add((TypeReference) TypeReference.makeTypeReference(type));
            } catch (ClassNotFoundException e) {
                throw new IllegalArgumentException("unsupported error parameter type " + type, e);
            }
        }
        List<Type> decoded = FunctionReturnDecoder.decode(bodyHex, refs);
        if (decoded.size() != types.size()) throw new IllegalArgumentException("revert data too short");
        List<Object> values = new ArrayList<>();
        for (Type value : decoded) values.add(toBatonValue(value));
        return values;
    }

    static Object toBatonValue(Type value) {
        if (value instanceof org.web3j.abi.datatypes.Address a) return dev.baton.types.Address.of(a.getValue());
        if (value instanceof NumericType n) return n.getValue();
        if (value instanceof Bool b) return b.getValue();
        if (value instanceof Utf8String s) return s.getValue();
        if (value instanceof BytesType b) return org.web3j.utils.Numeric.toHexString(b.getValue());
        return value.getValue();
    }

    static List<String> parameterTypes(String signature) {
        String inner = signature.substring(signature.indexOf('(') + 1, signature.length() - 1);
        if (inner.isEmpty()) return List.of();
        List<String> types = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == ',' && depth == 0) {
                types.add(inner.substring(start, i));
                start = i + 1;
            }
        }
        types.add(inner.substring(start));
        return types;
    }
}
