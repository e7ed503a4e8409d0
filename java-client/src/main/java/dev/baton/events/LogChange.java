package dev.baton.events;

/**
 * What the cursor delivers: a log that became part of the confirmed chain ({@link Kind#ADDED}), or
 * one delivered earlier that a reorganisation took out again ({@link Kind#REMOVED}). Each happens
 * exactly once per log.
 */
public record LogChange<T>(Kind kind, T event, RawLog log) {
    public enum Kind {
        ADDED,
        REMOVED
    }

    public boolean added() {
        return kind == Kind.ADDED;
    }
}
