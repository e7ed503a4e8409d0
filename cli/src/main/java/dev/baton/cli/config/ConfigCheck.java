package dev.baton.cli.config;

import dev.baton.model.DeploymentManifest;
import dev.baton.signer.Signer;
import dev.baton.tx.EthNode;
import dev.baton.tx.TxOptions;
import dev.baton.types.ChainId;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Validates an operator's configuration step by step without sending anything: file, environment,
 * effective settings, manifest, node, chain id, signer. A step whose input failed is skipped, so
 * the first failure is the one to fix.
 */
public final class ConfigCheck {
    private static final String CHAIN_DEFAULT = "the chain's default";
    private final OperatorOptions options;
    private final Function<String, EthNode> connector;

    /**
     * @param connector opens a read-only node connection for a URL (closed by the check when it is
     *     AutoCloseable)
     */
    public ConfigCheck(OperatorOptions options, Function<String, EthNode> connector) {
        this.options = options;
        this.connector = connector;
    }

    public List<CheckResult> run() {
        List<CheckResult> results = new ArrayList<>();
        ConfigLayer file;
        try {
            Optional<java.nio.file.Path> path = options.configFilePath();
            file = options.fileLayer();
            results.add(
                    CheckResult.ok(
                            "config file", path.map(p -> p + " parsed").orElse("none (optional)")));
        } catch (RuntimeException e) {
            results.add(CheckResult.failed("config file", e.getMessage()));
            return skipRest(results, "config file");
        }
        ConfigLayer env;
        try {
            env = options.environmentLayer();
            TreeSet<String> set = new TreeSet<>(EnvironmentConfig.NAMES);
            set.retainAll(options.environment.keySet());
            results.add(
                    CheckResult.ok(
                            "environment",
                            set.isEmpty()
                                    ? "no BATON_* settings"
                                    : "set: " + String.join(", ", set)));
        } catch (RuntimeException e) {
            results.add(CheckResult.failed("environment", e.getMessage()));
            return skipRest(results, "environment");
        }
        EffectiveConfig config;
        try {
            config =
                    ConfigResolver.resolve(
                            options.commandLineLayer(), env, file, options.environment);
            results.add(CheckResult.ok("settings", describe(config)));
        } catch (RuntimeException e) {
            results.add(CheckResult.failed("settings", e.getMessage()));
            return skipRest(results, "settings");
        }
        DeploymentManifest manifest;
        try {
            manifest = OperatorOptions.readManifest(config);
            results.add(
                    CheckResult.ok(
                            "manifest",
                            config.manifest()
                                    + ": chain "
                                    + manifest.chainId()
                                    + ", "
                                    + manifest.contracts().size()
                                    + " contracts, "
                                    + manifest.tokens().size()
                                    + " tokens"));
        } catch (RuntimeException e) {
            results.add(CheckResult.failed("manifest", e.getMessage()));
            return skipRest(results, "manifest");
        }
        checkNode(results, config, manifest);
        checkSigner(results, config, manifest);
        return results;
    }

    private void checkNode(
            List<CheckResult> results, EffectiveConfig config, DeploymentManifest manifest) {
        String url = config.rpcUrl() != null ? config.rpcUrl() : manifest.rpcUrl();
        if (url == null || url.isBlank()) {
            results.add(
                    CheckResult.failed("node", "no RPC URL: set 'rpcUrl' (the manifest has none)"));
            results.add(CheckResult.skipped("chain id", "no node"));
            return;
        }
        EthNode node = null;
        try {
            node = connector.apply(url);
            long chain = node.chainId().value();
            results.add(CheckResult.ok("node", url + " answers, head block " + node.blockNumber()));
            results.add(
                    chain == manifest.chainId()
                            ? CheckResult.ok(
                                    "chain id",
                                    chain
                                            + " matches the manifest; writes use "
                                            + sending(config, chain))
                            : CheckResult.failed(
                                    "chain id",
                                    "node is on chain "
                                            + chain
                                            + ", manifest says "
                                            + manifest.chainId()));
        } catch (RuntimeException e) {
            results.add(CheckResult.failed("node", url + " unreachable: " + e.getMessage()));
            results.add(CheckResult.skipped("chain id", "no node"));
        } finally {
            if (node instanceof AutoCloseable closeable) {
                closeQuietly(closeable);
            }
        }
    }

    /** The transaction settings on that chain: the operator's, else the chain's defaults. */
    static String sending(EffectiveConfig config, long chain) {
        TxOptions tx = OperatorOptions.batonOptions(config).toTxOptions(ChainId.of(chain));
        BigInteger cap = tx.fees().maxFeeCap();
        return tx.confirmations()
                + " confirmation(s), a "
                + tx.receiptTimeout().toSeconds()
                + " s receipt timeout, "
                + tx.pollInterval().toMillis()
                + " ms polling, fee cap "
                + (cap == null ? "none" : cap + " wei")
                + (TxOptions.isDevnet(ChainId.of(chain))
                        ? " (devnet defaults)"
                        : " (live-chain defaults)");
    }

    private static void checkSigner(
            List<CheckResult> results, EffectiveConfig config, DeploymentManifest manifest) {
        try {
            Optional<Signer> signer =
                    SignerFactory.open(config.signer(), ChainId.of(manifest.chainId()));
            results.add(
                    signer.map(
                                    s ->
                                            CheckResult.ok(
                                                    "signer",
                                                    kind(config.signer())
                                                            + " opens as "
                                                            + s.address()))
                            .orElse(
                                    CheckResult.ok(
                                            "signer",
                                            "none configured (read-only commands only)")));
        } catch (RuntimeException e) {
            results.add(CheckResult.failed("signer", e.getMessage()));
        }
    }

    private static String kind(SignerSpec spec) {
        return switch (spec) {
            case SignerSpec.Keystore k -> "keystore " + k.file();
            case SignerSpec.DevKey d -> "development account " + d.index();
            case SignerSpec.None n -> "none";
        };
    }

    private static String describe(EffectiveConfig c) {
        return "rpcUrl="
                + (c.rpcUrl() == null
                        ? "(manifest)"
                        : c.rpcUrl() + " [" + c.sourceOf("rpcUrl").label() + "]")
                + ", manifest="
                + c.manifest()
                + " ["
                + c.sourceOf("manifest").label()
                + "]"
                + ", confirmations="
                + (c.confirmations() == null
                        ? CHAIN_DEFAULT
                        : c.confirmations() + " [" + c.sourceOf("confirmations").label() + "]")
                + ", receiptTimeout="
                + (c.receiptTimeout() == null
                        ? CHAIN_DEFAULT
                        : c.receiptTimeout().toSeconds()
                                + "s ["
                                + c.sourceOf("receiptTimeoutSeconds").label()
                                + "]")
                + ", maxFee="
                + (c.maxFeePerGasWei() == null ? CHAIN_DEFAULT : c.maxFeePerGasWei() + " wei");
    }

    private static List<CheckResult> skipRest(List<CheckResult> results, String failed) {
        for (String later :
                List.of(
                        "config file",
                        "environment",
                        "settings",
                        "manifest",
                        "node",
                        "chain id",
                        "signer")) {
            if (results.stream().noneMatch(r -> r.check().equals(later))) {
                results.add(CheckResult.skipped(later, failed + " failed"));
            }
        }
        return results;
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception ignored) {
            // a read-only connection: nothing to lose
        }
    }
}
