package dev.baton.errors;

import java.math.BigInteger;
import java.util.Map;

/**
 * A Solidity panic ({@code Panic(uint256)}): a failed assert, overflow, division by zero and the
 * like.
 */
public final class PanicException extends ContractRevertException {
    private static final Map<Integer, String> MEANINGS =
            Map.of(
                    0x00, "generic compiler-inserted panic",
                    0x01, "assert failed",
                    0x11, "arithmetic overflow or underflow",
                    0x12, "division or modulo by zero",
                    0x21, "conversion to an invalid enum value",
                    0x22, "incorrectly encoded storage byte array",
                    0x31, "pop() on an empty array",
                    0x32, "array index out of bounds",
                    0x41, "out of memory (allocation too large)",
                    0x51, "call to an uninitialised internal function");

    private final BigInteger code;

    public PanicException(BigInteger code, String revertData) {
        super(
                "panicked with code 0x" + code.toString(16) + " (" + meaningOf(code) + ")",
                revertData);
        this.code = code;
    }

    public BigInteger code() {
        return code;
    }

    public String meaning() {
        return meaningOf(code);
    }

    static String meaningOf(BigInteger code) {
        if (code.bitLength() > 31) {
            return "unknown panic code";
        }
        return MEANINGS.getOrDefault(code.intValue(), "unknown panic code");
    }
}
