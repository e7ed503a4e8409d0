package dev.baton.cli.config;

import dev.baton.cli.ConfigException;
import dev.baton.signer.PasswordSource;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Lays the three sources over each other (command line > environment > file > default) and checks
 * the result. Each setting is taken from the highest source that sets it, except the signer, which
 * is one setting: the highest source that names any signer key ({@code keystore}, {@code
 * passwordFile}, {@code passwordEnv}, {@code devKeyIndex}) supplies the whole signer, so {@code
 * --keystore ... --password-file ...} replaces a file's {@code devKeyIndex}.
 */
public final class ConfigResolver {
    /**
     * Settings no source sets stay unset in the {@link EffectiveConfig} (null) so the chain decides
     * them once its id is known ({@code TxOptions.forChain}: on a devnet one confirmation, 20 ms
     * polling, no fee cap; on any other chain two confirmations, polling in seconds, a 200 gwei fee
     * cap).
     */
    public static final int MAX_CONFIRMATIONS = 64;

    /** Hardhat's default node funds twenty development accounts. */
    public static final int DEV_ACCOUNTS = 20;

    /**
     * The manifest every command reads when none is configured: the file {@code baton deploy}
     * writes by default.
     */
    public static final String DEFAULT_MANIFEST = "manifest.json";

    /**
     * The node {@code deploy} and the devnet commands use when none is configured: a local devnet.
     */
    public static final String DEFAULT_DEVNET_RPC_URL = "http://127.0.0.1:8545";

    static final java.util.List<String> SIGNER_KEYS =
            java.util.List.of("keystore", "passwordFile", "passwordEnv", "devKeyIndex");

    private final ConfigLayer commandLine;
    private final ConfigLayer environment;
    private final ConfigLayer file;
    private final Map<String, String> processEnvironment;
    private final Map<String, ConfigSource> sources = new HashMap<>();

    private ConfigResolver(
            ConfigLayer commandLine,
            ConfigLayer environment,
            ConfigLayer file,
            Map<String, String> env) {
        this.commandLine = commandLine;
        this.environment = environment;
        this.file = file;
        this.processEnvironment = env;
    }

    /**
     * @param env the process environment, where a {@code passwordEnv} variable is looked up
     */
    public static EffectiveConfig resolve(
            ConfigLayer commandLine,
            ConfigLayer environment,
            ConfigLayer file,
            Map<String, String> env) {
        return new ConfigResolver(commandLine, environment, file, env).resolve();
    }

    /**
     * Only the node's URL, for commands that need nothing else (the devnet commands): the signer
     * and the other settings are not read, so a file made for role commands does not stand in their
     * way.
     *
     * @return the URL, or null when no source sets one
     */
    public static String resolveRpcUrl(
            ConfigLayer commandLine, ConfigLayer environment, ConfigLayer file) {
        return new ConfigResolver(commandLine, environment, file, Map.of()).rpcUrl();
    }

    private String rpcUrl() {
        String rpcUrl = pick("rpcUrl", ConfigLayer::rpcUrl);
        if (rpcUrl != null && !rpcUrl.matches("(?i)(https?|wss?)://\\S+")) {
            throw invalid("rpcUrl", rpcUrl, "must be an http(s):// or ws(s):// URL");
        }
        return rpcUrl;
    }

    private EffectiveConfig resolve() {
        String rpcUrl = rpcUrl();
        String manifest = pick("manifest", ConfigLayer::manifest);
        if (manifest == null) {
            manifest = DEFAULT_MANIFEST;
        }
        BigInteger maxFee = gweiToWei(pick("maxFeeGwei", ConfigLayer::maxFeeGwei));
        Integer confirmations = pick("confirmations", ConfigLayer::confirmations);
        if (confirmations != null && (confirmations < 1 || confirmations > MAX_CONFIRMATIONS)) {
            throw invalid("confirmations", confirmations, "must be within 1.." + MAX_CONFIRMATIONS);
        }
        Integer timeout = pick("receiptTimeoutSeconds", ConfigLayer::receiptTimeoutSeconds);
        if (timeout != null && timeout < 1) {
            throw invalid("receiptTimeoutSeconds", timeout, "must be at least 1");
        }
        return new EffectiveConfig(
                rpcUrl,
                Path.of(manifest),
                signer(),
                maxFee,
                confirmations,
                timeout == null ? null : Duration.ofSeconds(timeout),
                sources);
    }

    private SignerSpec signer() {
        ConfigLayer layer = commandLine;
        ConfigSource source = ConfigSource.COMMAND_LINE;
        if (!namesSigner(layer)) {
            layer = environment;
            source = ConfigSource.ENVIRONMENT;
        }
        if (!namesSigner(layer)) {
            layer = file;
            source = ConfigSource.FILE;
        }
        String keystore = layer.keystore();
        String passwordFile = layer.passwordFile();
        String passwordEnv = layer.passwordEnv();
        Integer devKey = layer.devKeyIndex();
        Object[] values = {keystore, passwordFile, passwordEnv, devKey};
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                sources.put(SIGNER_KEYS.get(i), source);
            }
        }
        if (keystore != null && devKey != null) {
            throw new ConfigException(
                    "signer: both 'keystore' ("
                            + keystore
                            + ") and 'devKeyIndex' ("
                            + devKey
                            + ") are set; choose one");
        }
        if (devKey != null) {
            if (passwordFile != null || passwordEnv != null) {
                throw new ConfigException(
                        "signer: 'devKeyIndex' takes no password; remove 'passwordFile'/'passwordEnv'");
            }
            if (devKey < 0 || devKey >= DEV_ACCOUNTS) {
                throw invalid("devKeyIndex", devKey, "must be within 0.." + (DEV_ACCOUNTS - 1));
            }
            return new SignerSpec.DevKey(devKey);
        }
        if (keystore == null) {
            if (passwordFile != null || passwordEnv != null) {
                throw new ConfigException(
                        "signer: a password ('passwordFile' or 'passwordEnv') is set but no 'keystore'");
            }
            return new SignerSpec.None();
        }
        if ((passwordFile == null) == (passwordEnv == null)) {
            throw new ConfigException(
                    "signer: keystore "
                            + keystore
                            + " needs exactly one of 'passwordFile' or 'passwordEnv'");
        }
        PasswordSource password =
                passwordFile != null
                        ? PasswordSource.file(Path.of(passwordFile))
                        : new PasswordSource.FromEnvironment(passwordEnv, processEnvironment);
        return new SignerSpec.Keystore(Path.of(keystore), password);
    }

    /** Whether a source names any part of a signer (then it supplies the whole signer). */
    private static boolean namesSigner(ConfigLayer layer) {
        return layer.keystore() != null
                || layer.passwordFile() != null
                || layer.passwordEnv() != null
                || layer.devKeyIndex() != null;
    }

    private <T> T pick(String key, Function<ConfigLayer, T> field) {
        T value;
        if ((value = field.apply(commandLine)) != null) {
            sources.put(key, ConfigSource.COMMAND_LINE);
        } else if ((value = field.apply(environment)) != null) {
            sources.put(key, ConfigSource.ENVIRONMENT);
        } else if ((value = field.apply(file)) != null) {
            sources.put(key, ConfigSource.FILE);
        }
        return value;
    }

    private static BigInteger gweiToWei(String gwei) {
        if (gwei == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(gwei.trim());
            if (value.signum() <= 0) {
                throw invalid("maxFeeGwei", gwei, "must be positive");
            }
            return value.movePointRight(9).toBigIntegerExact();
        } catch (NumberFormatException e) {
            throw invalid("maxFeeGwei", gwei, "must be a decimal number of gwei");
        } catch (ArithmeticException e) {
            throw invalid("maxFeeGwei", gwei, "has more than 9 decimals (finer than 1 wei)");
        }
    }

    private static ConfigException invalid(String key, Object value, String rule) {
        return new ConfigException("config '" + key + "' " + rule + ", was '" + value + "'");
    }
}
