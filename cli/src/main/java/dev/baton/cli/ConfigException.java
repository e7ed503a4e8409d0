package dev.baton.cli;

/**
 * A configuration or input problem the user must fix (exit code 2): the message names the field and
 * the value.
 */
public class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
