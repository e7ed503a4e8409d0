package dev.baton.cli.config;

import dev.baton.cli.ConfigException;
import dev.baton.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Reads an operator configuration file (JSON). Unknown keys are rejected by name, so a typo never goes unnoticed. */
public final class ConfigFile {
    /** The file read when no {@code --config} is given, if it exists in the working directory. */
    public static final Path DEFAULT = Path.of("baton.json");

    private ConfigFile() {}

    public static ConfigLayer read(Path file) {
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw new ConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
        try {
            ConfigLayer layer = Json.MAPPER.readValue(text, ConfigLayer.class);
            return layer == null ? ConfigLayer.EMPTY : layer;
        } catch (UnrecognizedPropertyException e) {
            throw new ConfigException("config file " + file + ": unknown key '" + e.getPropertyName() + "' (known: "
                    + e.getKnownPropertyIds() + ")", e);
        } catch (JacksonException e) {
            throw new ConfigException("config file " + file + ": " + e.getOriginalMessage(), e);
        }
    }
}
