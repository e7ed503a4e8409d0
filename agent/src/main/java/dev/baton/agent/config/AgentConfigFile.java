package dev.baton.agent.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Reads an agent's config file, JSON or YAML by extension, onto a record, as strictly as the
 * operator config ({@code baton.yaml}): an unknown key, a value of the wrong type or out of range
 * is an {@link AgentConfigException} naming the file, the key and its line. Nothing is sent before
 * the whole file is valid.
 */
public final class AgentConfigFile {
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
        T value =
                StrictConfigReader.readValue(
                        mapper, text, type, "agent config " + name, AgentConfigException::new);
        if (value == null) {
            throw new AgentConfigException("agent config " + name + ": the file is empty");
        }
        return value;
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
        return StrictConfigReader.mapperFor(name)
                .orElseThrow(
                        () ->
                                new AgentConfigException(
                                        "agent config "
                                                + name
                                                + StrictConfigReader.UNKNOWN_FORMAT));
    }
}
