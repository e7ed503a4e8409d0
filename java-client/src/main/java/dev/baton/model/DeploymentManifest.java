package dev.baton.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a Baton suite lives on a chain: written by the deployer, read by the client and the CLI.
 *
 * @param chainId the chain the suite was deployed on; clients refuse to send to any other chain
 * @param rpcUrl the JSON-RPC endpoint used at deployment (a hint; callers may connect elsewhere)
 * @param deployedAtBlock the block of the first deployment transaction (where log scans start)
 * @param contracts contract name (e.g. {@code StakeVault}) to address, 0x-prefixed
 * @param tokens token symbol (e.g. {@code BTN}) to address, 0x-prefixed
 * @param deployments how each entry of {@code contracts} (by name) and {@code tokens} (by symbol)
 *     was created: the creating transaction and its block; empty in manifests written by hand or
 *     before this field existed
 */
public record DeploymentManifest(
        @JsonProperty("chainId") long chainId,
        @JsonProperty("rpcUrl") String rpcUrl,
        @JsonProperty("deployedAtBlock") long deployedAtBlock,
        @JsonProperty("contracts") Map<String, String> contracts,
        @JsonProperty("tokens") Map<String, String> tokens,
        @JsonProperty("deployments") Map<String, ContractDeployment> deployments) {

    @JsonCreator
    public DeploymentManifest {
        if (chainId <= 0) {
            throw new IllegalArgumentException(
                    "manifest field 'chainId' must be positive, was " + chainId);
        }
        if (deployedAtBlock < 0) {
            throw new IllegalArgumentException(
                    "manifest field 'deployedAtBlock' must be >= 0, was " + deployedAtBlock);
        }
        contracts =
                Map.copyOf(
                        new TreeMap<>(
                                Objects.requireNonNull(
                                        contracts, "manifest field 'contracts' is missing")));
        tokens =
                Map.copyOf(
                        new TreeMap<>(
                                Objects.requireNonNull(
                                        tokens, "manifest field 'tokens' is missing")));
        deployments = deployments == null ? Map.of() : Map.copyOf(new TreeMap<>(deployments));
    }

    /** A manifest without per-contract deployment records. */
    public DeploymentManifest(
            long chainId,
            String rpcUrl,
            long deployedAtBlock,
            Map<String, String> contracts,
            Map<String, String> tokens) {
        this(chainId, rpcUrl, deployedAtBlock, contracts, tokens, Map.of());
    }

    /**
     * The transaction that created a manifest entry and the block it was mined in.
     *
     * @param txHash 0x-prefixed transaction hash
     * @param block the block number of the receipt
     */
    public record ContractDeployment(
            @JsonProperty("txHash") String txHash, @JsonProperty("block") long block) {
        @JsonCreator
        public ContractDeployment {
            Objects.requireNonNull(txHash, "manifest deployment field 'txHash' is missing");
            if (block < 0) {
                throw new IllegalArgumentException(
                        "manifest deployment field 'block' must be >= 0, was " + block);
            }
        }
    }

    /** The address of a deployed contract, or a clear error naming the missing entry. */
    public String contract(String name) {
        String address = contracts.get(name);
        if (address == null) {
            throw new IllegalArgumentException(
                    "manifest field 'contracts."
                            + name
                            + "' is missing (have "
                            + contracts.keySet()
                            + ")");
        }
        return address;
    }

    /** The address of a stake token by symbol, or a clear error naming the unknown symbol. */
    public String token(String symbol) {
        String address = tokens.get(symbol);
        if (address == null) {
            throw new IllegalArgumentException(
                    "unknown token symbol '" + symbol + "' (manifest has " + tokens.keySet() + ")");
        }
        return address;
    }

    /** Reads a manifest from a JSON file. */
    public static DeploymentManifest read(Path file) {
        try {
            return Json.MAPPER.readValue(Files.readString(file), DeploymentManifest.class);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read deployment manifest " + file + ": " + e.getMessage(), e);
        }
    }

    /** Writes this manifest as pretty JSON. */
    public void write(Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(
                    file, Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(this));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write deployment manifest " + file + ": " + e.getMessage(), e);
        }
    }
}
