package dev.baton.cli.operator;

import dev.baton.agent.market.ClientMarketReads;
import dev.baton.agent.metrics.AgentMetrics;
import dev.baton.agent.operator.ClientKeeperChain;
import dev.baton.agent.operator.FinaliseHeightsDuty;
import dev.baton.agent.operator.FundPoolDuty;
import dev.baton.agent.operator.OperatorAgentConfig;
import dev.baton.agent.operator.SlashWithheldDuty;
import dev.baton.agent.runtime.Duty;
import dev.baton.agent.store.AgentStore;
import dev.baton.cli.ConfigException;
import dev.baton.cli.config.OperatorOptions;
import dev.baton.client.market.MarketOperatorClient;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The keeper's market duties of {@code baton operator run}, built from the agent file's market
 * keys.
 */
final class KeeperDuties {
    private final OperatorAgentConfig config;
    private final ClientKeeperChain chain;
    private final Address market;
    private final long fromBlock;
    private final int decimals;

    private KeeperDuties(
            OperatorAgentConfig config,
            ClientKeeperChain chain,
            Address market,
            long fromBlock,
            int decimals) {
        this.config = config;
        this.chain = chain;
        this.market = market;
        this.fromBlock = fromBlock;
        this.decimals = decimals;
    }

    /**
     * Connects to the market and reads what the duties need once (the token's decimals), before any
     * store opens.
     */
    static KeeperDuties connect(
            OperatorOptions.Session session, Address market, OperatorAgentConfig config) {
        if (!(session.baton().transactor().node() instanceof Web3jNode node)) {
            throw new ConfigException(
                    "agent config 'market': the connection's node cannot read logs");
        }
        MarketOperatorClient operator = session.baton().marketOperator(market);
        ClientKeeperChain chain =
                new ClientKeeperChain(
                        session.baton().transactor(),
                        operator,
                        session.baton().tokens(),
                        new ClientMarketReads(node, operator.view()));
        int decimals =
                config.funds()
                        ? session.baton().tokens().decimals(operator.view().config().token())
                        : 18;
        long from =
                config.fromBlock() != null
                        ? config.fromBlock()
                        : session.deployment().deployedAtBlock();
        return new KeeperDuties(config, chain, market, from, decimals);
    }

    Address market() {
        return market;
    }

    List<Duty> duties(AgentMetrics metrics, AgentStore store) {
        List<Duty> duties = new ArrayList<>();
        String name = config.name();
        if (config.finalise()) {
            duties.add(new FinaliseHeightsDuty(name, chain, store, metrics));
        }
        if (config.slash()) {
            duties.add(new SlashWithheldDuty(name, chain, store, metrics, fromBlock));
        }
        if (config.funds()) {
            duties.add(
                    new FundPoolDuty(
                            name,
                            chain,
                            store,
                            metrics,
                            tokens("fundPoolBelow", config.fundPoolBelow()),
                            tokens("fundAmount", config.fundAmount())));
        }
        return duties;
    }

    private Amount tokens(String key, BigDecimal whole) {
        try {
            return Amount.parse(key, whole.toPlainString(), decimals);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("agent config '" + key + "': " + e.getMessage(), e);
        }
    }
}
