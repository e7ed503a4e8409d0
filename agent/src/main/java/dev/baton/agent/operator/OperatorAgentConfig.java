package dev.baton.agent.operator;

import dev.baton.agent.config.AgentBasics;
import dev.baton.agent.config.BadConfigValue;
import dev.baton.agent.config.CommonAgentKeys;
import dev.baton.types.Address;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The operator (keeper) agent's config file ({@code baton operator run --config FILE}), YAML or
 * JSON:
 *
 * <pre>
 * name: keeper-1                # store and metrics key (default: operator)
 * connection: baton.yaml        # the operator config with rpcUrl, manifest and signer (default: the usual lookup)
 * auction: 0x...                # the SlotAuction (default: the manifest's contracts.SlotAuction)
 * store: keeper.db              # the agent's database file (required)
 * pollIntervalMillis: 1000      # how often the head is read
 * metricsPort: 9464             # /metrics, /health, /status on 127.0.0.1 (0: any free port; absent: none)
 * seal: true                    # seal each epoch as early as allowed
 * market: 0x...                 # a BlockMarket: enables the market duties below (default: none)
 * fromBlock: 0                  # where a first start reads the market's commits from (default: manifest deployment block)
 * finalise: true                # finalise each market height after its proof window (default: true with a market)
 * slash: true                   # slash withholders after the dispute window (default: true with a market)
 * fundPoolBelow: 200            # top up the reward pool when below this many tokens (with fundAmount; default: never)
 * fundAmount: 500               # tokens per top-up
 * logFormat: json               # text or json log lines (default: --log-format, else BATON_LOG_FORMAT, else text)
 * </pre>
 *
 * Relative paths are relative to the config file's directory.
 */
public record OperatorAgentConfig(
        String name,
        String connection,
        String auction,
        String store,
        Integer pollIntervalMillis,
        Integer metricsPort,
        Boolean seal,
        String market,
        Long fromBlock,
        Boolean finalise,
        Boolean slash,
        BigDecimal fundPoolBelow,
        BigDecimal fundAmount,
        String logFormat)
        implements AgentBasics {
    public static final int DEFAULT_POLL_MILLIS = CommonAgentKeys.DEFAULT_POLL_MILLIS;

    public OperatorAgentConfig {
        name = CommonAgentKeys.nameAndConnection(name, "operator", connection);
        CommonAgentKeys.optionalAddress("auction", auction);
        CommonAgentKeys.store(store, "operator.db");
        pollIntervalMillis = CommonAgentKeys.pollAndMetricsPort(pollIntervalMillis, metricsPort);
        logFormat = CommonAgentKeys.logFormat(logFormat);
        if (seal == null) {
            seal = true;
        }
        CommonAgentKeys.optionalAddress("market", market);
        if (fromBlock != null && fromBlock < 0) {
            throw new BadConfigValue("fromBlock", fromBlock + " is negative");
        }
        if (finalise == null) {
            finalise = market != null;
        }
        if (slash == null) {
            slash = market != null;
        }
        if (market == null) {
            if (finalise) {
                throw new BadConfigValue("finalise", "needs 'market', the BlockMarket to finalise");
            }
            if (slash) {
                throw new BadConfigValue(
                        "slash", "needs 'market', the BlockMarket whose withholders to slash");
            }
            if (fundPoolBelow != null) {
                throw new BadConfigValue(
                        "fundPoolBelow", "needs 'market', the BlockMarket to fund");
            }
        }
        if (fundPoolBelow != null && fundPoolBelow.signum() < 0) {
            throw new BadConfigValue(
                    "fundPoolBelow", fundPoolBelow.toPlainString() + " is negative");
        }
        if ((fundPoolBelow == null) != (fundAmount == null)) {
            throw new BadConfigValue(
                    fundPoolBelow == null ? "fundAmount" : "fundPoolBelow",
                    "fundPoolBelow and fundAmount go together (top up by fundAmount when the pool is below fundPoolBelow)");
        }
        if (fundAmount != null && fundAmount.signum() <= 0) {
            throw new BadConfigValue(
                    "fundAmount", fundAmount.toPlainString() + " must be positive");
        }
    }

    public Optional<Address> marketAddress() {
        return Optional.ofNullable(market).map(Address::of);
    }

    /** Whether the pool is to be topped up ({@code fundPoolBelow} and {@code fundAmount} given). */
    public boolean funds() {
        return fundAmount != null;
    }

    public Optional<Address> auctionAddress() {
        return Optional.ofNullable(auction).map(Address::of);
    }
}
