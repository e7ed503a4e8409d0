package dev.baton.cli.config;

import dev.baton.cli.ConfigException;
import dev.baton.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * Reads an operator configuration file, JSON ({@code .json}) or YAML ({@code .yaml}, {@code .yml})
 * by its extension. Both formats map onto the same {@link ConfigLayer}; unknown keys are rejected
 * with their path, so a typo never goes unnoticed.
 */
public final class ConfigFile {
    /**
     * The files read when no {@code --config} is given, if exactly one of them exists in the
     * working directory.
     */
    public static final List<Path> DEFAULTS =
            List.of(Path.of("baton.json"), Path.of("baton.yaml"), Path.of("baton.yml"));

    /**
     * Same strictness as {@link Json#MAPPER}: the two formats must accept and reject the same
     * files.
     */
    private static final ObjectMapper YAML =
            YAMLMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                    .build();

    /** The file's format, from its extension. */
    public enum Format {
        JSON,
        YAML
    }

    private ConfigFile() {}

    public static Format formatOf(Path file) {
        String name =
                file.getFileName() == null
                        ? ""
                        : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".json")) {
            return Format.JSON;
        }
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return Format.YAML;
        }
        throw new ConfigException(
                "config file "
                        + file
                        + ": unknown format, the name must end in .json, .yaml or .yml");
    }

    /**
     * The default file in {@code dir}, if one exists; two or more of them are ambiguous and
     * refused.
     */
    public static Optional<Path> findDefault(Path dir) {
        List<Path> present =
                DEFAULTS.stream().map(dir::resolve).filter(Files::isRegularFile).toList();
        if (present.size() > 1) {
            throw new ConfigException(
                    "config files "
                            + present.stream().map(Path::toString).collect(Collectors.joining(", "))
                            + " all exist: keep one, or choose with --config");
        }
        return present.stream().findFirst();
    }

    public static ConfigLayer read(Path file) {
        Format format = formatOf(file);
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        if (text.isBlank()) {
            return ConfigLayer.EMPTY;
        }
        ObjectMapper mapper = format == Format.YAML ? YAML : Json.MAPPER;
        try {
            // A YAML file of comments only is an empty document, not an error (an empty JSON file
            // is caught above).
            if (format == Format.YAML && isEmptyDocument(mapper.readTree(text))) {
                return ConfigLayer.EMPTY;
            }
            ConfigLayer layer = mapper.readValue(text, ConfigLayer.class);
            return layer == null ? ConfigLayer.EMPTY : layer;
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException(
                    "config file "
                            + file
                            + ": unknown key '"
                            + path(e)
                            + "'"
                            + lineOf(text, e.getPropertyName())
                            + " (known: "
                            + e.getKnownPropertyIds()
                            + ")",
                    e);
        } catch (JacksonException e) {
            String where = e.getPath().isEmpty() ? "" : " at '" + path(e) + "'";
            throw new ConfigException(
                    "config file " + file + where + at(e) + ": " + e.getOriginalMessage(), e);
        }
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

    private static boolean isEmptyDocument(JsonNode tree) {
        return tree == null || tree.isMissingNode() || tree.isNull();
    }

    /**
     * The line of the first key {@code name} in the text: the YAML parser reports no location for
     * an unknown property, so it is found by name (a key, quoted or not, followed by a colon).
     */
    private static String lineOf(String text, String name) {
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
