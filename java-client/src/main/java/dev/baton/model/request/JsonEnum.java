package dev.baton.model.request;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An enum whose members are written in request JSON as fixed lower-case strings (e.g. {@code
 * "app-specific"}).
 */
public interface JsonEnum {

    /** The string this member is written as in request JSON. */
    String json();

    /** The member written as {@code value}, if any (exact, case-sensitive match). */
    static <E extends Enum<E> & JsonEnum> Optional<E> fromJson(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants())
                .filter(e -> e.json().equals(value))
                .findFirst();
    }

    /** The allowed strings of {@code type}, comma separated, for error messages. */
    static <E extends Enum<E> & JsonEnum> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants())
                .map(JsonEnum::json)
                .collect(Collectors.joining(", "));
    }
}
