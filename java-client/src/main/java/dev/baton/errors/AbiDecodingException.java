package dev.baton.errors;

/**
 * Data from the chain (a call result, a log, revert data) does not have the shape the generated
 * wrapper expects for it, e.g. a result too short for the struct a view function returns. Names
 * what was being decoded and the data.
 */
public final class AbiDecodingException extends BatonException {
    private final String what;
    private final String data;

    public AbiDecodingException(String what, String data, Throwable cause) {
        super(
                "cannot decode "
                        + what
                        + " from "
                        + abbreviate(data)
                        + (cause == null || cause.getMessage() == null
                                ? ""
                                : ": " + cause.getMessage()),
                cause);
        this.what = what;
        this.data = data;
    }

    /** What was being decoded, e.g. {@code RollupRegistry.rollup result}. */
    public String what() {
        return what;
    }

    /** The 0x-hex data that did not decode. */
    public String data() {
        return data;
    }

    private static String abbreviate(String data) {
        if (data == null) {
            return "null";
        }
        return data.length() <= 138
                ? data
                : data.substring(0, 138) + "... (" + (data.length() - 2) / 2 + " bytes)";
    }
}
