package dev.baton.cli.config;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The operator settings after the command line, the environment and the file were laid over each other and checked.
 *
 * @param rpcUrl the node to use, or null to use the manifest's {@code rpcUrl}
 * @param manifest the deployment manifest file
 * @param signer the key to sign with (may be {@link SignerSpec.None})
 * @param maxFeePerGasWei the fee ceiling in wei, or null for none
 * @param confirmations blocks a receipt needs
 * @param receiptTimeout how long a write waits for its receipt
 * @param sources for each setting's key, the layer its value came from
 */
public record EffectiveConfig(
        String rpcUrl,
        Path manifest,
        SignerSpec signer,
        BigInteger maxFeePerGasWei,
        int confirmations,
        Duration receiptTimeout,
        Map<String, ConfigSource> sources) {

    public EffectiveConfig {
        sources = Map.copyOf(sources);
    }

    public ConfigSource sourceOf(String key) {
        return sources.getOrDefault(key, ConfigSource.DEFAULT);
    }
}
