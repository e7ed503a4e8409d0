package dev.baton.cli.config;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One source of operator settings (the file, the environment or the command line). Every field may
 * be absent; the {@link ConfigResolver} lays the sources over each other, the command line winning.
 *
 * @param rpcUrl JSON-RPC endpoint of the L1 node
 * @param manifest path of the deployment manifest (JSON)
 * @param keystore path of an encrypted V3 wallet file
 * @param passwordFile file whose first line is the keystore password
 * @param passwordEnv name of the environment variable holding the keystore password
 * @param devKeyIndex index of a well-known development account (devnet only)
 * @param maxFeeGwei ceiling on maxFeePerGas, in gwei (decimal)
 * @param confirmations blocks a receipt needs (1 = mined)
 * @param receiptTimeoutSeconds how long a write waits for its receipt
 */
public record ConfigLayer(
        @JsonProperty("rpcUrl") String rpcUrl,
        @JsonProperty("manifest") String manifest,
        @JsonProperty("keystore") String keystore,
        @JsonProperty("passwordFile") String passwordFile,
        @JsonProperty("passwordEnv") String passwordEnv,
        @JsonProperty("devKeyIndex") Integer devKeyIndex,
        @JsonProperty("maxFeeGwei") String maxFeeGwei,
        @JsonProperty("confirmations") Integer confirmations,
        @JsonProperty("receiptTimeoutSeconds") Integer receiptTimeoutSeconds) {

    public static final ConfigLayer EMPTY =
            new ConfigLayer(null, null, null, null, null, null, null, null, null);
}
