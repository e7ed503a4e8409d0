package dev.baton.errors;

/**
 * A contract call reverted. Thrown by the dry run before any transaction is sent, or after the fact
 * when a mined transaction failed. Subclasses say which kind of revert it was; {@link
 * #revertData()} keeps the raw bytes.
 */
public abstract sealed class ContractRevertException extends BatonException
        permits CustomErrorException, ErrorStringException, PanicException, UnknownRevertException {
    private final String revertData;

    protected ContractRevertException(String message, String revertData) {
        super(message);
        this.revertData = revertData;
    }

    /** The revert data as 0x-prefixed hex ("0x" when the contract gave none). */
    public String revertData() {
        return revertData;
    }
}
