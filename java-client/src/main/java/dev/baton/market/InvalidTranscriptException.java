package dev.baton.market;

/**
 * A transcript the market would refuse at commit (coverage, size, zero prover); the message names
 * the position.
 */
public class InvalidTranscriptException extends IllegalArgumentException {
    public InvalidTranscriptException(String message) {
        super(message);
    }
}
