package dev.baton.agent.sequencer;

import dev.baton.agent.config.AgentBasics;
import dev.baton.agent.config.BadConfigValue;
import dev.baton.agent.config.CommonAgentKeys;
import dev.baton.types.Address;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The sequencer agent's file ({@code baton sequencer run --agent FILE}), YAML or JSON:
 *
 * <pre>
 * name: seq-1                   # store and metrics key (default: sequencer)
 * connection: baton.yaml        # the operator config with rpcUrl, manifest and signer (default: the usual lookup)
 * auction: 0x...                # the SlotAuction (default: the manifest's contracts.SlotAuction)
 * store: seq.db                 # the agent's database file (required)
 * pollIntervalMillis: 1000      # how often the head is read
 * metricsPort: 9465             # /metrics, /health, /status on 127.0.0.1 (0: any free port; absent: none)
 * bid: {...}                    # required, see BidPolicy
 * batches: {...}                # required unless bid.delegateTo, see BatchSourceConfig
 * claimThreshold: 10            # claim once this much (whole reward tokens) is credited (default 0: any credit)
 * sealIfNobodyElse: false       # seal in the last two blocks of the seal window when no one has
 * publishInOpenMode: true       # publish in every slot of an open-mode epoch, unrewarded (default: false)
 * logFormat: json               # text or json log lines (default: --log-format, else BATON_LOG_FORMAT, else text)
 * </pre>
 *
 * Relative paths are relative to the config file's directory.
 */
public record SequencerAgentConfig(
        String name,
        String connection,
        String auction,
        String store,
        Integer pollIntervalMillis,
        Integer metricsPort,
        BidPolicy bid,
        BatchSourceConfig batches,
        String claimThreshold,
        Boolean sealIfNobodyElse,
        Boolean publishInOpenMode,
        String logFormat)
        implements AgentBasics {
    public static final int DEFAULT_POLL_MILLIS = CommonAgentKeys.DEFAULT_POLL_MILLIS;

    public SequencerAgentConfig {
        name = CommonAgentKeys.nameAndConnection(name, "sequencer", connection);
        CommonAgentKeys.optionalAddress("auction", auction);
        CommonAgentKeys.store(store, "sequencer.db");
        pollIntervalMillis = CommonAgentKeys.pollAndMetricsPort(pollIntervalMillis, metricsPort);
        logFormat = CommonAgentKeys.logFormat(logFormat);
        if (bid == null) {
            throw new BadConfigValue(
                    "bid",
                    "required: the bid policy (bid: {fixed: AMOUNT} or {shareOfFreeStakeBps: BPS})");
        }
        if (batches == null && bid.delegateTo() == null) {
            throw new BadConfigValue(
                    "batches",
                    "required: where batch hashes come from (batches: {directory: DIR} or {http: URL})");
        }
        if (claimThreshold == null) {
            claimThreshold = "0";
        }
        try {
            if (new BigDecimal(claimThreshold.trim()).signum() < 0) {
                throw new BadConfigValue("claimThreshold", claimThreshold + " is negative");
            }
        } catch (NumberFormatException e) {
            throw new BadConfigValue(
                    "claimThreshold", "'" + claimThreshold + "' is not an amount in whole tokens");
        }
        if (sealIfNobodyElse == null) {
            sealIfNobodyElse = false;
        }
        if (publishInOpenMode == null) {
            publishInOpenMode = false;
        }
    }

    public Optional<Address> auctionAddress() {
        return Optional.ofNullable(auction).map(Address::of);
    }
}
