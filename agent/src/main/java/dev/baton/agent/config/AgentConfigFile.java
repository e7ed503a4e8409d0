package dev.baton.agent.config;

import dev.baton.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads an agent's config file, JSON or YAML by extension, onto a record, as strictly as the
 * operator config ({@code baton.yaml}): an unknown key, a value of the wrong type or out of range
 * is an {@link AgentConfigException} naming the file, the key and its line. Nothing is sent before
 * the whole file is valid.
 */
public final class AgentConfigFile {
    private static final ObjectMapper YAML =
            YAMLMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .build();

    private AgentConfigFile() {}

    public static <T> T read(Path file, Class<T> type) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new AgentConfigException(
                    "agent config " + file + ": cannot read: " + e.getMessage(), e);
        }
        return parse(file.toString(), text, type);
    }

    /**
     * Parses {@code text}; {@code name} (a file name) picks the format and prefixes every message.
     */
    public static <T> T parse(String name, String text, Class<T> type) {
        ObjectMapper mapper = mapperFor(name);
        if (text.isBlank()) {
            throw new AgentConfigException("agent config " + name + ": the file is empty");
        }
        try {
            T value = mapper.readValue(text, type);
            if (value == null) {
                throw new AgentConfigException("agent config " + name + ": the file is empty");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw new AgentConfigException(
                    "agent config "
                            + name
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
                throw new AgentConfigException(
                        "agent config "
                                + name
                                + ": '"
                                + bad.key()
                                + "'"
                                + lineOf(text, bad.key())
                                + ": "
                                + bad.getMessage(),
                        e);
            }
            String where = e.getPath().isEmpty() ? "" : " at '" + path(e) + "'";
            throw new AgentConfigException(
                    "agent config " + name + where + at(e) + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The text of the top-level {@code key} of {@code file}, read leniently (no other key is
     * checked, nothing thrown): for what must be known before the file is checked whole, as the log
     * format before the first logger. Empty when the file cannot be read or has no such key.
     */
    public static Optional<String> peek(Path file, String key) {
        try {
            JsonNode value = mapperFor(file.toString()).readTree(Files.readString(file)).get(key);
            return value != null && value.isString()
                    ? Optional.of(value.asString())
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            // The full read that follows reports what is wrong with the file.
            return Optional.empty();
        }
    }

    private static ObjectMapper mapperFor(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return Json.MAPPER;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return YAML;
        }
        throw new AgentConfigException(
                "agent config "
                        + name
                        + ": unknown format, the name must end in .json, .yaml or .yml");
    }

    private static BadConfigValue badValue(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BadConfigValue bad) {
                return bad;
            }
        }
        return null;
    }

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
     * The line of the first key {@code name}: the parser reports no location for unknown keys and
     * bad values.
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
