package dev.baton.agent.logging;

import dev.baton.model.Json;
import java.io.PrintStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * One JSON object per event and line: {@code time} (ISO-8601 UTC), {@code level}, {@code logger},
 * {@code thread}, {@code message} (arguments filled in) and, for a throwable, {@code error} (its
 * class and message). Events below the threshold ({@code INFO} unless {@code baton.log.level} says
 * otherwise) are dropped.
 */
final class JsonLogger extends LegacyAbstractLogger {
    private final transient PrintStream out;
    private final Level threshold;

    JsonLogger(String name, PrintStream out, Level threshold) {
        this.name = name;
        this.out = out;
        this.threshold = threshold;
    }

    static Level thresholdFromProperty() {
        String configured = System.getProperty("baton.log.level", "INFO").toUpperCase(Locale.ROOT);
        try {
            return Level.valueOf(configured);
        } catch (IllegalArgumentException e) {
            return Level.INFO;
        }
    }

    private boolean enabled(Level level) {
        return level.toInt() >= threshold.toInt();
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(Level.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(Level.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(
            Level level, Marker marker, String pattern, Object[] arguments, Throwable error) {
        out.println(
                line(
                        Instant.now(),
                        level,
                        name,
                        Thread.currentThread().getName(),
                        MessageFormatter.basicArrayFormat(pattern, arguments),
                        error));
    }

    /** The JSON line of one event (no newline). */
    static String line(
            Instant time,
            Level level,
            String logger,
            String thread,
            String message,
            Throwable error) {
        Map<String, Object> event = new LinkedHashMap<>();
        event.put("time", time.toString());
        event.put("level", level.name());
        event.put("logger", logger);
        event.put("thread", thread);
        event.put("message", message);
        if (error != null) {
            event.put("error", error.getClass().getName() + ": " + error.getMessage());
        }
        return Json.MAPPER.writeValueAsString(event);
    }
}
