package dev.baton.cli.config;

import dev.baton.cli.ConfigException;
import dev.baton.client.Baton;
import dev.baton.client.BatonOptions;
import dev.baton.model.DeploymentManifest;
import dev.baton.signer.Signer;
import dev.baton.tx.Web3jNode;
import dev.baton.types.ChainId;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The operator settings every command that talks to a deployment shares, as a picocli mixin. The
 * effective value of each setting is the command line's, else the environment's ({@code BATON_*}),
 * else the config file's ({@code --config}, else {@code BATON_CONFIG}, else {@code ./baton.json},
 * {@code ./baton.yaml} or {@code ./baton.yml} when present; JSON or YAML by the file's extension).
 * The signer is one setting: the highest source naming any signer key supplies all of it. Commands
 * that only need a node take {@link NodeOptions}, the {@code --config}/{@code --rpc-url} part of
 * this set, resolved the same way.
 */
public final class OperatorOptions {
    @Option(names = "--config", paramLabel = "FILE", description = NodeOptions.CONFIG_DESCRIPTION)
    Path configFile;

    @Option(
            names = "--rpc-url",
            paramLabel = "URL",
            description = "JSON-RPC endpoint (env BATON_RPC_URL; default: the manifest's rpcUrl).")
    String rpcUrl;

    @Option(
            names = "--manifest",
            paramLabel = "FILE",
            description =
                    "Deployment manifest (env BATON_MANIFEST; default "
                            + ConfigResolver.DEFAULT_MANIFEST
                            + ", the file `baton deploy` writes).")
    String manifest;

    @Option(
            names = "--keystore",
            paramLabel = "FILE",
            description =
                    "Encrypted V3 wallet (env BATON_KEYSTORE). A signer "
                            + "given here (--keystore with its password, or --dev-key) replaces the environment's and the file's signer.")
    String keystore;

    @Option(
            names = "--password-file",
            paramLabel = "FILE",
            description = "Keystore password file (env BATON_PASSWORD_FILE).")
    String passwordFile;

    @Option(
            names = "--password-env",
            paramLabel = "VAR",
            description = "Variable holding the keystore password (env BATON_PASSWORD_ENV).")
    String passwordEnv;

    @Option(
            names = "--dev-key",
            paramLabel = "INDEX",
            description = "Development account index, devnet only (env BATON_DEV_KEY_INDEX).")
    Integer devKeyIndex;

    @Option(
            names = "--max-fee-gwei",
            paramLabel = "GWEI",
            description =
                    "Ceiling on maxFeePerGas (env BATON_MAX_FEE_GWEI; "
                            + "default: none on a devnet, 200 gwei on any other chain).")
    String maxFeeGwei;

    @Option(
            names = "--confirmations",
            paramLabel = "N",
            description =
                    "Blocks a receipt needs (env BATON_CONFIRMATIONS; "
                            + "default: the chain's, 1 on a devnet, 2 on any other chain).")
    Integer confirmations;

    @Option(
            names = "--receipt-timeout",
            paramLabel = "SECONDS",
            description =
                    "Receipt wait (env BATON_RECEIPT_TIMEOUT_SECONDS; "
                            + "default: the chain's, 60 on a devnet, 600 on any other chain).")
    Integer receiptTimeoutSeconds;

    /** The process environment; tests replace it. */
    Map<String, String> environment = System.getenv();

    /**
     * Uses {@code file} as the config file when none was given with {@code --config}: an agent
     * file's {@code connection} key names it, and the command line still wins.
     */
    public OperatorOptions withDefaultConfigFile(Path file) {
        if (configFile == null) {
            configFile = file;
        }
        return this;
    }

    /**
     * Which config file applies (explicit, BATON_CONFIG, or ./baton.json, ./baton.yaml or
     * ./baton.yml if present), if any.
     */
    public java.util.Optional<Path> configFilePath() {
        if (configFile != null) {
            return java.util.Optional.of(configFile);
        }
        String fromEnv = environment.get(EnvironmentConfig.CONFIG);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return java.util.Optional.of(Path.of(fromEnv));
        }
        return ConfigFile.findDefault(Path.of(""));
    }

    public ConfigLayer fileLayer() {
        return configFilePath().map(ConfigFile::read).orElse(ConfigLayer.EMPTY);
    }

    public ConfigLayer environmentLayer() {
        return EnvironmentConfig.read(environment);
    }

    public ConfigLayer commandLineLayer() {
        return new ConfigLayer(
                rpcUrl,
                manifest,
                keystore,
                passwordFile,
                passwordEnv,
                devKeyIndex,
                maxFeeGwei,
                confirmations,
                receiptTimeoutSeconds);
    }

    /** The checked effective configuration. */
    public EffectiveConfig resolve() {
        return ConfigResolver.resolve(
                commandLineLayer(), environmentLayer(), fileLayer(), environment);
    }

    /** Connects to the deployment with the configured signer (required here). */
    public Baton connect() {
        return open().baton();
    }

    /** The manifest this configuration names, read and checked. */
    public DeploymentManifest manifest() {
        return readManifest(resolve());
    }

    /**
     * The node to read from: {@code --rpc-url} (or env, or file), else the manifest's. Close it
     * when done.
     */
    public Web3jNode node(DeploymentManifest deployment) {
        String url = resolve().rpcUrl();
        return Web3jNode.connect(url != null ? url : deployment.rpcUrl());
    }

    /** A signing connection together with the deployment and its signer. */
    public Session open() {
        EffectiveConfig config = resolve();
        DeploymentManifest deployment = readManifest(config);
        Signer signer = requireSigner(config, ChainId.of(deployment.chainId()));
        return new Session(
                deployment, signer, Baton.connect(deployment, signer, batonOptions(config)));
    }

    private static Signer requireSigner(EffectiveConfig config, ChainId chainId) {
        return SignerFactory.open(config.signer(), chainId)
                .orElseThrow(
                        () ->
                                new ConfigException(
                                        "no signer configured: give --keystore FILE (with --password-file "
                                                + "or --password-env) or, on the devnet, --dev-key INDEX (or BATON_KEYSTORE / "
                                                + "BATON_DEV_KEY_INDEX, or the config file)"));
    }

    /** The deployment, the signer and the open connection; closing it closes the connection. */
    public record Session(DeploymentManifest deployment, Signer signer, Baton baton)
            implements AutoCloseable {
        @Override
        public void close() {
            baton.close();
        }
    }

    public static DeploymentManifest readManifest(EffectiveConfig config) {
        if (!Files.isRegularFile(config.manifest())) {
            if (config.sourceOf("manifest") == ConfigSource.DEFAULT) {
                throw new ConfigException(
                        "no deployment manifest at '"
                                + config.manifest()
                                + "' (the default): give "
                                + "--manifest FILE, "
                                + EnvironmentConfig.MANIFEST
                                + " or 'manifest' in the config file, or "
                                + "write it with `baton deploy`");
            }
            throw new ConfigException(
                    manifestKey(config) + ": no file at '" + config.manifest() + "'");
        }
        try {
            return DeploymentManifest.read(config.manifest());
        } catch (java.io.UncheckedIOException | IllegalArgumentException e) {
            throw new ConfigException(manifestKey(config) + ": " + e.getMessage(), e);
        }
    }

    private static String manifestKey(EffectiveConfig config) {
        return switch (config.sourceOf("manifest")) {
            case COMMAND_LINE -> "--manifest";
            case ENVIRONMENT -> EnvironmentConfig.MANIFEST;
            default -> "config 'manifest'";
        };
    }

    /**
     * The client options of {@code config}: what the operator set, everything else left to the
     * chain's defaults ({@code TxOptions.forChain}), so a live chain never gets a devnet's one
     * confirmation and 20 ms polling.
     */
    public static BatonOptions batonOptions(EffectiveConfig config) {
        BatonOptions defaults = BatonOptions.defaults();
        return defaults.withRpcUrl(config.rpcUrl())
                .withMaxFeePerGasCap(config.maxFeePerGasWei())
                .withConfirmations(config.confirmations() == null ? 0 : config.confirmations())
                .withTimeouts(config.receiptTimeout(), defaults.pollInterval());
    }
}
