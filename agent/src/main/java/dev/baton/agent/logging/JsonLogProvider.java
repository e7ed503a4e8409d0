package dev.baton.agent.logging;

import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.helpers.NOPMDCAdapter;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/**
 * An SLF4J provider writing one JSON object per line to stderr ({@link JsonLogger}), for log
 * collectors. Chosen explicitly, never by being on the class path: {@code
 * -Dslf4j.provider=dev.baton.agent.logging.JsonLogProvider}, which {@code baton ... --log-format
 * json} sets before the first logger exists ({@link LogFormat}).
 */
public final class JsonLogProvider implements SLF4JServiceProvider {
    private final IMarkerFactory markers = new BasicMarkerFactory();
    private final MDCAdapter mdc = new NOPMDCAdapter();
    private ILoggerFactory factory;

    @Override
    public ILoggerFactory getLoggerFactory() {
        return factory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markers;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdc;
    }

    @Override
    public String getRequestedApiVersion() {
        return "2.0.99";
    }

    @Override
    public void initialize() {
        java.util.concurrent.ConcurrentHashMap<String, JsonLogger> loggers =
                new java.util.concurrent.ConcurrentHashMap<>();
        factory =
                name ->
                        loggers.computeIfAbsent(
                                name,
                                n ->
                                        new JsonLogger(
                                                n, System.err, JsonLogger.thresholdFromProperty()));
    }
}
