package dev.baton.model.request;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The values {@link FieldReader#readAll} read, by field name; a field that was bad (its problem
 * reported) or absent without a default is empty.
 */
final class FieldValues {

    private final Map<String, Optional<?>> values = new HashMap<>();

    void put(String name, Optional<?> value) {
        values.put(name, value);
    }

    /** Whether every one of {@code names} has a value. */
    boolean present(String... names) {
        for (String name : names) {
            if (get(name).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Reports {@code field} when both it and {@code bound} were read and it is above {@code bound}.
     */
    void notAbove(JsonFields f, String field, String bound) {
        if (present(field, bound) && bigOf(field).compareTo(bigOf(bound)) > 0) {
            f.problems()
                    .add(
                            f.path(field),
                            field + " " + bigOf(field) + " is above " + bound + " " + bigOf(bound));
        }
    }

    Optional<BigInteger> integer(String name) {
        return get(name).map(BigInteger.class::cast);
    }

    /** The value of a field known to be present and to fit a {@code long}. */
    long longOf(String name) {
        return integer(name).orElseThrow().longValueExact();
    }

    /** The value of a field known to be present and to fit an {@code int}. */
    int intOf(String name) {
        return integer(name).orElseThrow().intValueExact();
    }

    BigInteger bigOf(String name) {
        return integer(name).orElseThrow();
    }

    boolean boolOf(String name) {
        return get(name).map(Boolean.class::cast).orElseThrow();
    }

    String stringOf(String name) {
        return get(name).map(String.class::cast).orElseThrow();
    }

    private Optional<?> get(String name) {
        Optional<?> value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("no field " + name + " was read");
        }
        return value;
    }
}
