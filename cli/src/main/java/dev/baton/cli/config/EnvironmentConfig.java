package dev.baton.cli.config;

import dev.baton.cli.ConfigException;
import java.util.Map;
import java.util.Set;

/** Operator settings from {@code BATON_*} environment variables. */
public final class EnvironmentConfig {
    public static final String RPC_URL = "BATON_RPC_URL";
    public static final String MANIFEST = "BATON_MANIFEST";
    public static final String KEYSTORE = "BATON_KEYSTORE";
    public static final String PASSWORD_FILE = "BATON_PASSWORD_FILE";
    public static final String PASSWORD_ENV = "BATON_PASSWORD_ENV";
    public static final String DEV_KEY_INDEX = "BATON_DEV_KEY_INDEX";
    public static final String MAX_FEE_GWEI = "BATON_MAX_FEE_GWEI";
    public static final String CONFIRMATIONS = "BATON_CONFIRMATIONS";
    public static final String RECEIPT_TIMEOUT_SECONDS = "BATON_RECEIPT_TIMEOUT_SECONDS";
    public static final String CONFIG = "BATON_CONFIG";

    /** Every variable read here, listed by `baton config check`. */
    public static final Set<String> NAMES =
            Set.of(
                    RPC_URL,
                    MANIFEST,
                    KEYSTORE,
                    PASSWORD_FILE,
                    PASSWORD_ENV,
                    DEV_KEY_INDEX,
                    MAX_FEE_GWEI,
                    CONFIRMATIONS,
                    RECEIPT_TIMEOUT_SECONDS,
                    CONFIG);

    private EnvironmentConfig() {}

    public static ConfigLayer read(Map<String, String> env) {
        return new ConfigLayer(
                blankToNull(env.get(RPC_URL)),
                blankToNull(env.get(MANIFEST)),
                blankToNull(env.get(KEYSTORE)),
                blankToNull(env.get(PASSWORD_FILE)),
                blankToNull(env.get(PASSWORD_ENV)),
                integer(env, DEV_KEY_INDEX),
                blankToNull(env.get(MAX_FEE_GWEI)),
                integer(env, CONFIRMATIONS),
                integer(env, RECEIPT_TIMEOUT_SECONDS));
    }

    private static Integer integer(Map<String, String> env, String name) {
        String text = blankToNull(env.get(name));
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(
                    "environment variable " + name + " must be an integer, was '" + text + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
