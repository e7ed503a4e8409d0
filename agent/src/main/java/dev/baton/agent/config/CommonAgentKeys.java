package dev.baton.agent.config;

import dev.baton.types.Address;
import java.util.Locale;

/**
 * The checks of the keys every agent file shares, called from each agent record's compact
 * constructor in the order its keys are checked, so the same key is refused with the same message
 * whichever agent's file it is in.
 */
public final class CommonAgentKeys {
    public static final int DEFAULT_POLL_MILLIS = 1_000;

    private CommonAgentKeys() {}

    /**
     * Checks {@code name} (defaulting to {@code defaultName}) and {@code connection}, the first
     * keys of every agent.
     *
     * @return the name to use
     */
    public static String nameAndConnection(String name, String defaultName, String connection) {
        String checked = name == null ? defaultName : name;
        if (!checked.matches("[A-Za-z0-9_.-]{1,64}")) {
            throw new BadConfigValue(
                    "name", "'" + checked + "' must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (connection != null && connection.isBlank()) {
            throw new BadConfigValue("connection", "must not be blank");
        }
        return checked;
    }

    /** Checks that {@code value}, when given, is an address; the key names it in the refusal. */
    public static void optionalAddress(String key, String value) {
        if (value == null) {
            return;
        }
        try {
            Address.parse(key, value);
        } catch (IllegalArgumentException e) {
            throw new BadConfigValue(key, e.getMessage());
        }
    }

    /**
     * Checks that {@code store} is given; {@code example} is the file name the refusal suggests.
     */
    public static void store(String store, String example) {
        if (store == null || store.isBlank()) {
            throw new BadConfigValue(
                    "store", "required: the agent's database file (e.g. store: " + example + ")");
        }
    }

    /**
     * Checks {@code pollIntervalMillis} (defaulting to {@link #DEFAULT_POLL_MILLIS}) and {@code
     * metricsPort}.
     *
     * @return the poll interval to use, in milliseconds
     */
    public static int pollAndMetricsPort(Integer pollIntervalMillis, Integer metricsPort) {
        int poll = pollIntervalMillis == null ? DEFAULT_POLL_MILLIS : pollIntervalMillis;
        if (poll < 50 || poll > 600_000) {
            throw new BadConfigValue("pollIntervalMillis", poll + " is outside [50, 600000]");
        }
        if (metricsPort != null && (metricsPort < 0 || metricsPort > 65_535)) {
            throw new BadConfigValue("metricsPort", metricsPort + " is outside [0, 65535]");
        }
        return poll;
    }

    /**
     * Checks {@code logFormat}: absent ({@code null}, the command line or the environment decide)
     * or {@code text} or {@code json}, in any case.
     *
     * @return the value in lower case, or {@code null}
     */
    public static String logFormat(String logFormat) {
        if (logFormat == null) {
            return null;
        }
        String lower = logFormat.strip().toLowerCase(Locale.ROOT);
        if (!lower.equals("text") && !lower.equals("json")) {
            throw new BadConfigValue("logFormat", "'" + logFormat + "' is neither text nor json");
        }
        return lower;
    }
}
