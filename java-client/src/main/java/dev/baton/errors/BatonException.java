package dev.baton.errors;

/** Root of every exception the Baton client throws on purpose. */
public class BatonException extends RuntimeException {
    public BatonException(String message) {
        super(message);
    }

    public BatonException(String message, Throwable cause) {
        super(message, cause);
    }
}
