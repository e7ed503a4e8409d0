package dev.baton.agent.config;

import dev.baton.model.Json;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Maps a config file's text, JSON or YAML, onto a record strictly, for the agents' config files and
 * the operator config ({@code baton.yaml}) alike: an unknown key, a value of the wrong type or out
 * of range fails with a message naming the key and the line it is on.
 */
public final class StrictConfigReader {

    /**
     * Same strictness as {@link Json#MAPPER}: the two formats must accept and reject the same
     * files.
     */
    public static final ObjectMapper YAML =
            YAMLMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .build();

    /** The message a file with no known extension gets, after its name. */
    public static final String UNKNOWN_FORMAT =
            ": unknown format, the name must end in .json, .yaml or .yml";

    private StrictConfigReader() {}

    /** The mapper for a file {@code name}, by its extension; empty for an unknown one. */
    public static Optional<ObjectMapper> mapperFor(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return Optional.of(Json.MAPPER);
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return Optional.of(YAML);
        }
        return Optional.empty();
    }

    /**
     * {@code text} as a {@code type}, or {@code error} of a message that starts with {@code source}
     * (the file as the user should read it) and names the offending key and its line.
     */
    public static <T> T readValue(
            ObjectMapper mapper,
            String text,
            Class<T> type,
            String source,
            BiFunction<String, Throwable, RuntimeException> error) {
        return read(text, source, error, () -> mapper.readValue(text, type));
    }

    /**
     * What {@code reading} makes of {@code text}, its Jackson failures turned into {@code error} as
     * {@link #readValue} does.
     */
    public static <T> T read(
            String text,
            String source,
            BiFunction<String, Throwable, RuntimeException> error,
            Supplier<T> reading) {
        try {
            return reading.get();
        } catch (UnrecognizedPropertyException e) {
            throw error.apply(
                    source
                            + ": unknown key '"
                            + path(e)
                            + "'"
                            + lineOf(text, e.getPropertyName())
                            + " (known: "
                            + e.getKnownPropertyIds()
                            + ")",
                    e);
        } catch (JacksonException e) {
            BadConfigValue bad = badValue(e);
            if (bad != null) {
                throw error.apply(
                        source
                                + ": '"
                                + bad.key()
                                + "'"
                                + lineOf(text, bad.key())
                                + ": "
                                + bad.getMessage(),
                        e);
            }
            String where = e.getPath().isEmpty() ? "" : " at '" + path(e) + "'";
            throw error.apply(source + where + at(e) + ": " + e.getOriginalMessage(), e);
        }
    }

    private static BadConfigValue badValue(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadConfigValue bad) {
                return bad;
            }
        }
        return null;
    }

    /** The dotted path of the offending key, e.g. {@code rpcURL} or {@code signer.index}. */
    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(
                        ref ->
                                ref.getPropertyName() != null
                                        ? ref.getPropertyName()
                                        : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    /**
     * The line of the first key {@code name} in the text: the parser reports no location for an
     * unknown key or a bad value, so it is found by name (a key, quoted or not, followed by a
     * colon).
     */
    static String lineOf(String text, String name) {
        Pattern key = Pattern.compile("^\\s*[\"']?" + Pattern.quote(name) + "[\"']?\\s*:");
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (key.matcher(lines[i]).find() || lines[i].contains("\"" + name + "\"")) {
                return " (line " + (i + 1) + ")";
            }
        }
        return "";
    }

    private static String at(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null || location.getLineNr() < 1
                ? ""
                : " (line " + location.getLineNr() + ")";
    }
}
