package dev.baton.agent.config;

/**
 * Thrown by a config record's constructor for a value out of range: {@code key} is the record
 * component (the file's key), so the reader can add the line it is on.
 */
public final class BadConfigValue extends IllegalArgumentException {
    private final String key;

    public BadConfigValue(String key, String message) {
        super(message);
        this.key = key;
    }

    public String key() {
        return key;
    }
}
