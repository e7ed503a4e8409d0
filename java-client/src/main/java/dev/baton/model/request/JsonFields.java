package dev.baton.model.request;

import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The fields of one JSON object of a request: refuses unknown names on creation, reports missing
 * required fields, and reads typed values with their JSON paths.
 */
final class JsonFields {

    private final JsonNode object;
    private final String path;
    private final Problems problems;

    private JsonFields(JsonNode object, String path, Problems problems) {
        this.object = object;
        this.path = path;
        this.problems = problems;
    }

    /**
     * The fields of {@code node}, or empty (with a problem) when it is not an object. Unknown names
     * are problems.
     */
    static Optional<JsonFields> of(
            JsonNode node, String path, Problems problems, List<String> allowed) {
        if (!node.isObject()) {
            problems.add(path, "expected an object, got " + JsonValues.describe(node));
            return Optional.empty();
        }
        for (String name : node.propertyNames()) {
            if (!allowed.contains(name)) {
                problems.add(
                        child(path, name),
                        "unknown field (allowed: " + String.join(", ", allowed) + ")");
            }
        }
        return Optional.of(new JsonFields(node, path, problems));
    }

    static String child(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    String path() {
        return path;
    }

    String path(String name) {
        return child(path, name);
    }

    Problems problems() {
        return problems;
    }

    boolean has(String name) {
        return object.has(name);
    }

    /** The field's value, or empty with a "missing required field" problem. */
    Optional<JsonNode> required(String name) {
        JsonNode value = object.get(name);
        if (value == null) {
            problems.add(path(name), "missing required field");
        }
        return Optional.ofNullable(value);
    }

    Optional<JsonNode> optional(String name) {
        return Optional.ofNullable(object.get(name));
    }

    Optional<String> requiredString(String name) {
        return required(name).flatMap(v -> JsonValues.string(v, path(name), problems));
    }

    <E extends Enum<E> & JsonEnum> Optional<E> requiredEnum(String name, Class<E> type) {
        return required(name).flatMap(v -> JsonValues.enumValue(type, v, path(name), problems));
    }

    Optional<BigInteger> requiredInteger(String name, BigInteger min, BigInteger max) {
        return required(name).flatMap(v -> JsonValues.integer(v, path(name), problems, min, max));
    }

    /**
     * The field's whole number, {@code fallback} when absent, or empty with a problem when present
     * but bad.
     */
    Optional<BigInteger> integerOr(
            String name, BigInteger min, BigInteger max, BigInteger fallback) {
        JsonNode value = object.get(name);
        if (value == null) {
            return Optional.of(fallback);
        }
        return JsonValues.integer(value, path(name), problems, min, max);
    }

    Optional<Boolean> booleanOr(String name, boolean fallback) {
        JsonNode value = object.get(name);
        if (value == null) {
            return Optional.of(fallback);
        }
        return JsonValues.bool(value, path(name), problems);
    }

    Optional<String> stringOr(String name, String fallback) {
        JsonNode value = object.get(name);
        if (value == null) {
            return Optional.ofNullable(fallback);
        }
        return JsonValues.string(value, path(name), problems);
    }
}
