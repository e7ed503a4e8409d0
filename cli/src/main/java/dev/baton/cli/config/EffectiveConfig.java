package dev.baton.cli.config;

import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * The operator settings after the command line, the environment and the file were laid over each
 * other and checked.
 *
 * @param rpcUrl the node to use, or null to use the manifest's {@code rpcUrl}
 * @param manifest the deployment manifest file
 * @param signer the key to sign with (may be {@link SignerSpec.None})
 * @param maxFeePerGasWei the fee ceiling in wei, or null for the chain's default (none on a devnet,
 *     200 gwei elsewhere)
 * @param confirmations blocks a receipt needs, or null for the chain's default (1 on a devnet, 2
 *     elsewhere)
 * @param receiptTimeout how long a write waits for its receipt, or null for the chain's default (60
 *     s on a devnet, 10 min elsewhere)
 * @param sources for each setting's key, the layer its value came from
 */
public record EffectiveConfig(
        String rpcUrl,
        Path manifest,
        SignerSpec signer,
        BigInteger maxFeePerGasWei,
        Integer confirmations,
        Duration receiptTimeout,
        Map<String, ConfigSource> sources) {

    public EffectiveConfig {
        sources = Map.copyOf(sources);
    }

    public ConfigSource sourceOf(String key) {
        return sources.getOrDefault(key, ConfigSource.DEFAULT);
    }
}
