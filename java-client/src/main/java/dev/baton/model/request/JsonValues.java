package dev.baton.model.request;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Reads single JSON values of a request, recording a problem (path and bad value) instead of
 * throwing. Numbers are written as decimal strings in the seed ({@code "3"}); plain JSON integers
 * are accepted too.
 */
final class JsonValues {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

    private JsonValues() {}

    /** A string, or empty with a problem. */
    static Optional<String> string(JsonNode node, String path, Problems problems) {
        if (node.isString()) {
            return Optional.of(node.stringValue());
        }
        problems.add(path, "expected a string, got " + describe(node));
        return Optional.empty();
    }

    /** A whole number in {@code [min, max]}, or empty with a problem. */
    static Optional<BigInteger> integer(
            JsonNode node, String path, Problems problems, BigInteger min, BigInteger max) {
        BigInteger value;
        if (node.isIntegralNumber()) {
            value = node.bigIntegerValue();
        } else if (node.isString() && INTEGER.matcher(node.stringValue()).matches()) {
            value = new BigInteger(node.stringValue());
        } else {
            problems.add(
                    path,
                    "not a whole number: "
                            + describe(node)
                            + " (write decimal digits, e.g. \"100\")");
            return Optional.empty();
        }
        if (value.compareTo(min) < 0) {
            problems.add(path, "must be at least " + min + ", was " + describe(node));
            return Optional.empty();
        }
        if (value.compareTo(max) > 0) {
            problems.add(path, "must be at most " + max + ", was " + describe(node));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * A positive decimal number such as {@code "100"} or {@code "0.5"}, or empty with a problem.
     */
    static Optional<BigDecimal> positiveDecimal(JsonNode node, String path, Problems problems) {
        BigDecimal value;
        if (node.isIntegralNumber()) {
            value = new BigDecimal(node.bigIntegerValue());
        } else if (node.isString() && DECIMAL.matcher(node.stringValue()).matches()) {
            value = new BigDecimal(node.stringValue());
        } else {
            problems.add(
                    path,
                    "not a number: "
                            + describe(node)
                            + " (write it as a string of digits, e.g. \"100\" or \"0.5\")");
            return Optional.empty();
        }
        if (value.signum() <= 0) {
            problems.add(path, "must be above 0, was " + describe(node));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    /**
     * A boolean ({@code true}, or the strings {@code "true"}/{@code "false"}), or empty with a
     * problem.
     */
    static Optional<Boolean> bool(JsonNode node, String path, Problems problems) {
        if (node.isBoolean()) {
            return Optional.of(node.booleanValue());
        }
        if (node.isString()
                && (node.stringValue().equals("true") || node.stringValue().equals("false"))) {
            return Optional.of(Boolean.parseBoolean(node.stringValue()));
        }
        problems.add(path, "expected true or false, got " + describe(node));
        return Optional.empty();
    }

    /** A member of a {@link JsonEnum}, or empty with a problem listing the allowed values. */
    static <E extends Enum<E> & JsonEnum> Optional<E> enumValue(
            Class<E> type, JsonNode node, String path, Problems problems) {
        Optional<String> text = string(node, path, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<E> value = JsonEnum.fromJson(type, text.get());
        if (value.isEmpty()) {
            problems.add(
                    path,
                    "unknown value "
                            + describe(node)
                            + " (allowed: "
                            + JsonEnum.allowed(type)
                            + ")");
        }
        return value;
    }

    /**
     * A short rendering of a JSON value for messages: strings quoted, containers named, not dumped.
     */
    static String describe(JsonNode node) {
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        return node.toString();
    }
}
