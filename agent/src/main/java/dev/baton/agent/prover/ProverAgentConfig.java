package dev.baton.agent.prover;

import dev.baton.agent.config.AgentBasics;
import dev.baton.agent.config.BadConfigValue;
import dev.baton.agent.config.CommonAgentKeys;
import dev.baton.types.Address;
import java.math.BigDecimal;
import java.nio.file.Path;

/**
 * The prover agent's config file ({@code baton prover run --agent FILE}), YAML or JSON:
 *
 * <pre>
 * name: prover-1                # store and metrics key (default: prover)
 * connection: prover.yaml       # the operator config with rpcUrl, manifest and the prover's signer (devKeyIndex or
 *                               # keystore): the key its votes are signed with (default: the usual lookup)
 * market: 0x...                 # the BlockMarket (required)
 * store: prover.db              # the agent's database file (required)
 * attestations: outbox          # the directory its leaf attestations are written to for the proposers (required)
 * fromBlock: 0                  # where a first start reads the market's commits from (default: manifest deployment block)
 * claimAbove: 0                 # claim once more than this many tokens are credited (default: 0, any amount)
 * pollIntervalMillis: 1000      # how often the head is read
 * metricsPort: 9465             # /metrics, /health, /status on 127.0.0.1 (0: any free port; absent: none)
 * logFormat: json               # text or json log lines (default: --log-format, else BATON_LOG_FORMAT, else text)
 * </pre>
 *
 * Relative paths are relative to the config file's directory.
 */
public record ProverAgentConfig(
        String name,
        String connection,
        String market,
        String store,
        String attestations,
        Long fromBlock,
        BigDecimal claimAbove,
        Integer pollIntervalMillis,
        Integer metricsPort,
        String logFormat)
        implements AgentBasics {
    public static final int DEFAULT_POLL_MILLIS = CommonAgentKeys.DEFAULT_POLL_MILLIS;

    public ProverAgentConfig {
        name = CommonAgentKeys.nameAndConnection(name, "prover", connection);
        if (market == null) {
            throw new BadConfigValue(
                    "market", "required: the BlockMarket whose transcripts to prove");
        }
        CommonAgentKeys.optionalAddress("market", market);
        CommonAgentKeys.store(store, "prover.db");
        if (attestations == null || attestations.isBlank()) {
            throw new BadConfigValue(
                    "attestations",
                    "required: the directory attestations are written to for the proposers");
        }
        if (fromBlock != null && fromBlock < 0) {
            throw new BadConfigValue("fromBlock", fromBlock + " is negative");
        }
        if (claimAbove == null) {
            claimAbove = BigDecimal.ZERO;
        }
        if (claimAbove.signum() < 0) {
            throw new BadConfigValue("claimAbove", claimAbove.toPlainString() + " is negative");
        }
        pollIntervalMillis = CommonAgentKeys.pollAndMetricsPort(pollIntervalMillis, metricsPort);
        logFormat = CommonAgentKeys.logFormat(logFormat);
    }

    public Address marketAddress() {
        return Address.of(market);
    }

    public Path attestationsPath(Path configDir) {
        return configDir.resolve(attestations);
    }
}
