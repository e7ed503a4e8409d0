package dev.baton.cli;

import dev.baton.model.Json;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Prints a command's result in the chosen format. Text is "key: value" lines (or a table the
 * command renders); JSON is one document on stdout, so scripts can pipe it. Progress and
 * diagnostics go to stderr, never stdout.
 */
public final class Printer {
    private final OutputFormat format;
    private final PrintWriter out;
    private final PrintWriter err;

    public Printer(OutputFormat format, PrintWriter out, PrintWriter err) {
        this.format = format;
        this.out = out;
        this.err = err;
    }

    public OutputFormat format() {
        return format;
    }

    /** Prints a record or map: JSON as is; text as "key: value" lines of its JSON form. */
    public void result(Object value) {
        if (format == OutputFormat.JSON) {
            out.println(Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value));
        } else {
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = Json.MAPPER.convertValue(value, LinkedHashMap.class);
            fields.forEach((key, field) -> out.println(key + ": " + field));
        }
        out.flush();
    }

    /** Prints pre-rendered text in text mode, or the value as JSON in JSON mode. */
    public void result(String text, Object jsonValue) {
        if (format == OutputFormat.JSON) {
            result(jsonValue);
        } else {
            out.println(text);
            out.flush();
        }
    }

    /** A progress or diagnostic line on stderr (never mixed into JSON output). */
    public void progress(String line) {
        err.println(line);
        err.flush();
    }
}
