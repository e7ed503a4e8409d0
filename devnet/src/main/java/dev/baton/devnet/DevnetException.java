package dev.baton.devnet;

/** A devnet could not be started, reached or stopped; the message says which and why. */
public class DevnetException extends RuntimeException {
    public DevnetException(String message) {
        super(message);
    }

    public DevnetException(String message, Throwable cause) {
        super(message, cause);
    }
}
