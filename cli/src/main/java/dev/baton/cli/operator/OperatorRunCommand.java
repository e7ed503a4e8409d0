package dev.baton.cli.operator;

import dev.baton.agent.auction.AuctionSlotsWatch;
import dev.baton.agent.auction.ClientSlotsChain;
import dev.baton.agent.operator.ClientSealChain;
import dev.baton.agent.operator.OperatorAgentConfig;
import dev.baton.agent.operator.SealEpochsDuty;
import dev.baton.agent.runtime.Duty;
import dev.baton.cli.AgentCommands;
import dev.baton.cli.AgentRunCommand;
import dev.baton.cli.config.OperatorOptions;
import dev.baton.client.auction.AuctionOperatorClient;
import dev.baton.tx.Transactor;
import dev.baton.types.Address;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code baton operator run --agent FILE}: runs the operator agent until SIGTERM/SIGINT. The agent
 * file is read and checked whole before anything connects, so a bad file sends nothing (exit 2, the
 * key and its line named). The connection takes the shared options of every command; the agent
 * file's {@code connection} key names the config file when {@code --config} is not given.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description =
                "Run the operator agent: seal each epoch as early as allowed; with a market, finalise each "
                        + "height after its proof window, slash withholders after the dispute window, top up the reward pool; "
                        + "skip what others did; serves a status page (/), /metrics, /health and /status on 127.0.0.1 "
                        + "when metricsPort is set.")
final class OperatorRunCommand extends AgentRunCommand<OperatorAgentConfig> {
    @Option(
            names = "--agent",
            paramLabel = "FILE",
            required = true,
            description =
                    "The agent's file, YAML or JSON (keys: name, connection, auction, store, "
                            + "pollIntervalMillis, metricsPort, seal, market, fromBlock, finalise, slash, fundPoolBelow, "
                            + "fundAmount, logFormat).")
    Path configFile;

    OperatorRunCommand() {
        super(OperatorAgentConfig.class);
    }

    @Override
    protected Path agentFile() {
        return configFile;
    }

    @Override
    protected void run(OperatorAgentConfig config, Path dir, OperatorOptions.Session session) {
        // The auction is only needed to seal: a keeper of a market alone needs no SlotAuction
        // in its manifest.
        Address auction =
                config.seal()
                        ? config.auctionAddress()
                                .orElseGet(
                                        () -> AgentCommands.manifestAuction(session.deployment()))
                        : null;
        Transactor tx = session.baton().transactor();
        AuctionOperatorClient operator =
                auction == null ? null : session.baton().auctionOperator(auction);
        Optional<KeeperDuties> market =
                config.marketAddress()
                        .map(address -> KeeperDuties.connect(session, address, config));
        AgentCommands.runAgent(
                spec,
                config,
                dir,
                tx.node(),
                (store, metrics) -> {
                    List<Duty> duties = new ArrayList<>();
                    if (config.seal()) {
                        duties.add(
                                new SealEpochsDuty(
                                        config.name(),
                                        new ClientSealChain(tx, operator),
                                        store,
                                        metrics));
                    }
                    // The status page's slot map: read only when there is an auction and a
                    // page to show it on.
                    if (operator != null && config.metricsPort() != null) {
                        duties.add(
                                new AuctionSlotsWatch(
                                        new ClientSlotsChain(operator.view()), Optional.empty()));
                    }
                    market.ifPresent(m -> duties.addAll(m.duties(metrics, store)));
                    return duties;
                },
                String.format(
                        "operator agent '%s': sender %s, auction %s%s, store %s",
                        config.name(),
                        tx.sender(),
                        auction == null ? "none" : auction,
                        market.map(m -> ", market " + m.market()).orElse(""),
                        config.storePath(dir)));
    }
}
