package dev.baton.cli;

/** How a command prints its result: human-readable text or one JSON document. */
public enum OutputFormat {
    TEXT,
    JSON
}
