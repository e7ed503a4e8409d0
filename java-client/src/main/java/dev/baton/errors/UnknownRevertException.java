package dev.baton.errors;

/**
 * A revert whose data matches no known error: empty data (a bare {@code revert()}), or a foreign
 * selector.
 */
public final class UnknownRevertException extends ContractRevertException {
    public UnknownRevertException(String revertData, String nodeMessage) {
        super(
                revertData.length() <= 2
                        ? "reverted without data"
                                + (nodeMessage == null ? "" : " (node: " + nodeMessage + ")")
                        : "reverted with unknown error data " + abbreviate(revertData),
                revertData);
    }

    /**
     * Data that starts with a known selector but whose arguments do not decode; {@code cause} says
     * why.
     */
    public UnknownRevertException(
            String revertData, String nodeMessage, AbiDecodingException cause) {
        this(revertData, nodeMessage);
        initCause(cause);
    }

    private static String abbreviate(String hex) {
        return hex.length() <= 74 ? hex : hex.substring(0, 74) + "...";
    }
}
