package dev.baton.tx;

import dev.baton.errors.NonceTooHighException;
import dev.baton.errors.NonceTooLowException;
import dev.baton.errors.RevertDecoder;
import dev.baton.errors.TransportException;
import java.io.IOException;
import java.util.Locale;
import org.web3j.protocol.core.Response;

/**
 * Classifies node errors: revert (typed), nonce too low, transient (worth a retry) or permanent.
 */
final class RpcErrors {
    private RpcErrors() {}

    /**
     * Error code 3 with data is the standard "execution reverted"; some nodes only say it in the
     * message.
     */
    static RuntimeException fromError(String method, Response.Error error) {
        String message = error.getMessage() == null ? "" : error.getMessage();
        String lower = message.toLowerCase(Locale.ROOT);
        String data = revertData(error.getData());
        if (error.getCode() == 3 || lower.contains("revert")) {
            return RevertDecoder.decode(data == null ? "0x" : data, message);
        }
        if (lower.contains("nonce too low") || lower.contains("nonce has already been used")) {
            return new NonceTooLowException(message, error.getCode());
        }
        if (lower.contains("nonce too high")) {
            return new NonceTooHighException(message, error.getCode());
        }
        boolean transientFailure =
                error.getCode() == -32005
                        || lower.contains("rate limit")
                        || lower.contains("timeout")
                        || lower.contains("timed out")
                        || lower.contains("try again")
                        || lower.contains("header not found")
                        || lower.contains("busy");
        return new TransportException(
                method + " failed: " + message + " (code " + error.getCode() + ")",
                transientFailure,
                error.getCode(),
                null);
    }

    /** Connection refused, reset, timed out: the request may succeed if sent again. */
    static TransportException fromIo(String method, IOException e) {
        return TransportException.transientFailure(method + " could not reach the node: " + e, e);
    }

    /**
     * The one "already known" check (single and batched sends): a send the node answers this way
     * carried our exact bytes (geth "already known", Hardhat "Known transaction", anvil/others
     * "already imported"/"already exists"), so it counts as accepted.
     */
    static boolean isAlreadyKnown(Response.Error error) {
        return isAlreadyKnown(error.getMessage());
    }

    static boolean isAlreadyKnown(String message) {
        String lower = message == null ? "" : message.toLowerCase(Locale.ROOT);
        return lower.contains("already known")
                || lower.contains("known transaction")
                || lower.contains("already imported")
                || lower.contains("transaction already exists")
                || lower.contains("already in the mempool");
    }

    private static String revertData(String data) {
        if (data == null) {
            return null;
        }
        String trimmed = data.strip();
        if (trimmed.startsWith("\"")) {
            trimmed = trimmed.substring(1, trimmed.length() - 1);
        }
        if (trimmed.startsWith("0x")) {
            return trimmed;
        }
        // Some nodes nest it: {"data":"0x..."}; take the first hex string.
        int at = trimmed.indexOf("0x");
        if (at < 0) {
            return null;
        }
        int end = at + 2;
        while (end < trimmed.length() && Character.digit(trimmed.charAt(end), 16) >= 0) {
            end++;
        }
        return trimmed.substring(at, end);
    }
}
