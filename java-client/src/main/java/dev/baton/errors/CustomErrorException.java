package dev.baton.errors;

import dev.baton.types.Address;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A Solidity custom error. The build generates one subclass per error of the suite (e.g. {@code
 * StakeVaultInsufficientFreeException}) with typed accessors for its arguments; catch those, or
 * this class and switch on {@link #errorName()}.
 *
 * <p>Arguments are decoded to Baton types: {@code address} to {@link Address}, integers to {@link
 * BigInteger}, {@code bool} to {@link Boolean}, {@code string} to {@link String}, {@code
 * bytes}/{@code bytesN} to hex text.
 */
public non-sealed class CustomErrorException extends ContractRevertException {
    private final String errorName;
    private final String signature;
    private final String selector;
    private final Map<String, Object> arguments;

    public CustomErrorException(
            String signature, String selector, Map<String, Object> arguments, String revertData) {
        super(describe(signature, arguments), revertData);
        this.signature = signature;
        this.errorName = signature.substring(0, signature.indexOf('('));
        this.selector = selector;
        this.arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
    }

    public String errorName() {
        return errorName;
    }

    /** The canonical signature, e.g. {@code StakeVaultZeroAmount()}. */
    public String signature() {
        return signature;
    }

    /** The 4-byte selector, 0x-prefixed. */
    public String selector() {
        return selector;
    }

    /** Decoded arguments by parameter name, in declaration order. */
    public Map<String, Object> arguments() {
        return arguments;
    }

    protected Address addressArg(String name) {
        return (Address) arguments.get(name);
    }

    protected BigInteger uintArg(String name) {
        return (BigInteger) arguments.get(name);
    }

    protected Object arg(String name) {
        return arguments.get(name);
    }

    private static String describe(String signature, Map<String, Object> arguments) {
        String name = signature.substring(0, signature.indexOf('('));
        return "reverted with "
                + name
                + arguments.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(", ", "(", ")"));
    }
}
