package dev.baton.cli.prover;

import dev.baton.agent.market.ClientMarketReads;
import dev.baton.agent.prover.AttestationOutbox;
import dev.baton.agent.prover.ClientProverChain;
import dev.baton.agent.prover.DevnetPartSource;
import dev.baton.agent.prover.ProverAgentConfig;
import dev.baton.agent.prover.ProverDuty;
import dev.baton.agent.runtime.Duty;
import dev.baton.cli.AgentCommands;
import dev.baton.cli.AgentRunCommand;
import dev.baton.cli.ConfigException;
import dev.baton.cli.config.OperatorOptions;
import dev.baton.client.market.ProverClient;
import dev.baton.tx.Transactor;
import dev.baton.tx.Web3jNode;
import dev.baton.types.Amount;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code baton prover run --agent FILE}: runs the prover agent until SIGTERM/SIGINT. The agent file
 * is read and checked whole before anything connects, so a bad file sends nothing (exit 2, the key
 * and its line named). The connection's signer is the prover's key: the one its votes name, its
 * attestations are signed with and its disputes and claims are sent from.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description =
                "Run the prover agent: attest your parts of every revealed transcript carrying your votes, "
                        + "dispute a dropped part, credit and claim your rewards; serves /metrics, /health and /status on "
                        + "127.0.0.1 when metricsPort is set.")
public final class ProverRunCommand extends AgentRunCommand<ProverAgentConfig> {
    @Option(
            names = "--agent",
            paramLabel = "FILE",
            required = true,
            description =
                    "The agent's file, YAML or JSON (keys: name, connection, market, store, attestations, "
                            + "fromBlock, claimAbove, pollIntervalMillis, metricsPort, logFormat).")
    Path configFile;

    public ProverRunCommand() {
        super(ProverAgentConfig.class);
    }

    @Override
    protected Path agentFile() {
        return configFile;
    }

    @Override
    protected void run(ProverAgentConfig config, Path dir, OperatorOptions.Session session) {
        Transactor tx = session.baton().transactor();
        if (!(tx.node() instanceof Web3jNode node)) {
            throw new ConfigException(
                    "agent config 'market': the connection's node cannot read logs");
        }
        ProverClient prover = session.baton().prover(config.marketAddress());
        Amount claimAbove = tokens(session, prover, config);
        long fromBlock =
                config.fromBlock() != null
                        ? config.fromBlock()
                        : session.deployment().deployedAtBlock();
        ClientProverChain chain =
                new ClientProverChain(tx, prover, new ClientMarketReads(node, prover.view()));
        AgentCommands.runAgent(
                spec,
                config,
                dir,
                node,
                (store, metrics) ->
                        List.<Duty>of(
                                new ProverDuty(
                                        config.name(),
                                        chain,
                                        store,
                                        metrics,
                                        new DevnetPartSource(tx.sender()),
                                        new AttestationOutbox(config.attestationsPath(dir)),
                                        claimAbove,
                                        fromBlock)),
                String.format(
                        "prover agent '%s': prover %s, market %s, store %s, attestations %s",
                        config.name(),
                        tx.sender(),
                        config.marketAddress(),
                        config.storePath(dir),
                        config.attestationsPath(dir)));
    }

    private static Amount tokens(
            OperatorOptions.Session session, ProverClient prover, ProverAgentConfig config) {
        if (config.claimAbove().signum() == 0) {
            return Amount.ZERO;
        }
        int decimals = session.baton().tokens().decimals(prover.view().config().token());
        try {
            return Amount.parse("claimAbove", config.claimAbove().toPlainString(), decimals);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("agent config 'claimAbove': " + e.getMessage(), e);
        }
    }
}
