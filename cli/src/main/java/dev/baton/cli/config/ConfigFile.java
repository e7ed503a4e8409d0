package dev.baton.cli.config;

import dev.baton.agent.config.StrictConfigReader;
import dev.baton.cli.ConfigException;
import dev.baton.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

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
        throw new ConfigException("config file " + file + StrictConfigReader.UNKNOWN_FORMAT);
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
        ObjectMapper mapper = format == Format.YAML ? StrictConfigReader.YAML : Json.MAPPER;
        return StrictConfigReader.read(
                text,
                "config file " + file,
                ConfigException::new,
                () -> {
                    // A YAML file of comments only is an empty document, not an error (an empty
                    // JSON file is caught above).
                    if (format == Format.YAML && isEmptyDocument(mapper.readTree(text))) {
                        return ConfigLayer.EMPTY;
                    }
                    ConfigLayer layer = mapper.readValue(text, ConfigLayer.class);
                    return layer == null ? ConfigLayer.EMPTY : layer;
                });
    }

    private static boolean isEmptyDocument(JsonNode tree) {
        return tree == null || tree.isMissingNode() || tree.isNull();
    }
}
