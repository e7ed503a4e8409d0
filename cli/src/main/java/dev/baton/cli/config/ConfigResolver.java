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

/** Lays the three sources over each other (command line > environment > file > default) and checks the result. */
public final class ConfigResolver {
    public static final int DEFAULT_CONFIRMATIONS = 1;
    public static final int DEFAULT_RECEIPT_TIMEOUT_SECONDS = 60;
    /** Hardhat's default node funds twenty development accounts. */
    public static final int DEV_ACCOUNTS = 20;

    private final ConfigLayer commandLine;
    private final ConfigLayer environment;
    private final ConfigLayer file;
    private final Map<String, String> processEnvironment;
    private final Map<String, ConfigSource> sources = new HashMap<>();

    private ConfigResolver(ConfigLayer commandLine, ConfigLayer environment, ConfigLayer file, Map<String, String> env) {
        this.commandLine = commandLine;
        this.environment = environment;
        this.file = file;
        this.processEnvironment = env;
    }

    /** @param env the process environment, where a {@code passwordEnv} variable is looked up */
    public static EffectiveConfig resolve(ConfigLayer commandLine, ConfigLayer environment, ConfigLayer file,
            Map<String, String> env) {
        return new ConfigResolver(commandLine, environment, file, env).resolve();
    }

    private EffectiveConfig resolve() {
        String rpcUrl = pick("rpcUrl", ConfigLayer::rpcUrl);
        if (rpcUrl != null && !rpcUrl.matches("(?i)(https?|wss?)://\\S+")) {
            throw invalid("rpcUrl", rpcUrl, "must be an http(s):// or ws(s):// URL");
        }
        String manifest = pick("manifest", ConfigLayer::manifest);
        if (manifest == null) {
            throw new ConfigException("no deployment manifest: set 'manifest' in the config file, "
                    + EnvironmentConfig.MANIFEST + ", or --manifest");
        }
        BigInteger maxFee = gweiToWei(pick("maxFeeGwei", ConfigLayer::maxFeeGwei));
        Integer confirmations = pick("confirmations", ConfigLayer::confirmations);
        if (confirmations == null) confirmations = DEFAULT_CONFIRMATIONS;
        if (confirmations < 1 || confirmations > 64) throw invalid("confirmations", confirmations, "must be within 1..64");
        Integer timeout = pick("receiptTimeoutSeconds", ConfigLayer::receiptTimeoutSeconds);
        if (timeout == null) timeout = DEFAULT_RECEIPT_TIMEOUT_SECONDS;
        if (timeout < 1) throw invalid("receiptTimeoutSeconds", timeout, "must be at least 1");
        return new EffectiveConfig(rpcUrl, Path.of(manifest), signer(), maxFee, confirmations,
                Duration.ofSeconds(timeout), sources);
    }

    private SignerSpec signer() {
        String keystore = pick("keystore", ConfigLayer::keystore);
        String passwordFile = pick("passwordFile", ConfigLayer::passwordFile);
        String passwordEnv = pick("passwordEnv", ConfigLayer::passwordEnv);
        Integer devKey = pick("devKeyIndex", ConfigLayer::devKeyIndex);
        if (keystore != null && devKey != null) {
            throw new ConfigException("signer: both 'keystore' (" + keystore + ") and 'devKeyIndex' (" + devKey
                    + ") are set; choose one");
        }
        if (devKey != null) {
            if (passwordFile != null || passwordEnv != null) {
                throw new ConfigException("signer: 'devKeyIndex' takes no password; remove 'passwordFile'/'passwordEnv'");
            }
            if (devKey < 0 || devKey >= DEV_ACCOUNTS) {
                throw invalid("devKeyIndex", devKey, "must be within 0.." + (DEV_ACCOUNTS - 1));
            }
            return new SignerSpec.DevKey(devKey);
        }
        if (keystore == null) {
            if (passwordFile != null || passwordEnv != null) {
                throw new ConfigException("signer: a password ('passwordFile' or 'passwordEnv') is set but no 'keystore'");
            }
            return new SignerSpec.None();
        }
        if ((passwordFile == null) == (passwordEnv == null)) {
            throw new ConfigException("signer: keystore " + keystore
                    + " needs exactly one of 'passwordFile' or 'passwordEnv'");
        }
        PasswordSource password = passwordFile != null
                ? PasswordSource.file(Path.of(passwordFile))
                : new PasswordSource.FromEnvironment(passwordEnv, processEnvironment);
        return new SignerSpec.Keystore(Path.of(keystore), password);
    }

    private <T> T pick(String key, Function<ConfigLayer, T> field) {
        T value;
        if ((value = field.apply(commandLine)) != null) sources.put(key, ConfigSource.COMMAND_LINE);
        else if ((value = field.apply(environment)) != null) sources.put(key, ConfigSource.ENVIRONMENT);
        else if ((value = field.apply(file)) != null) sources.put(key, ConfigSource.FILE);
        return value;
    }

    private static BigInteger gweiToWei(String gwei) {
        if (gwei == null) return null;
        try {
            BigDecimal value = new BigDecimal(gwei.trim());
            if (value.signum() <= 0) throw invalid("maxFeeGwei", gwei, "must be positive");
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
