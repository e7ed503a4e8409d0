package dev.baton.cli.report;

import dev.baton.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;

/** Reads and writes the demo's JSON (the input of `baton report`). */
public final class ReportJson {
    private ReportJson() {}

    public static void write(DemoReport report, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(
                    file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    public static DemoReport read(Path file) {
        try {
            return Json.MAPPER.readValue(Files.readString(file), DemoReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read demo report " + file + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(
                    "demo report " + file + " is not valid: " + e.getOriginalMessage(), e);
        }
    }
}
