package dev.baton.errors;

/** A revert with a reason string: {@code require(cond, "reason")} or {@code revert("reason")}. */
public final class ErrorStringException extends ContractRevertException {
    private final String reason;

    public ErrorStringException(String reason, String revertData) {
        super("reverted with reason '" + reason + "'", revertData);
        this.reason = reason;
    }

    public String reason() {
        return reason;
    }
}
