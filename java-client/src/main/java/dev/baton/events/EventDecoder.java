package dev.baton.events;

import java.util.List;
import java.util.Optional;

/**
 * Turns raw logs into typed event records; {@link #topic0s()} are the event signatures it
 * understands.
 */
public interface EventDecoder<T> {
    List<String> topic0s();

    Optional<T> decode(RawLog log);
}
