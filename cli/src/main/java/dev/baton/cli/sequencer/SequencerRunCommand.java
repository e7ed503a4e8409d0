package dev.baton.cli.sequencer;

import dev.baton.agent.auction.AuctionSlotsWatch;
import dev.baton.agent.auction.ClientSlotsChain;
import dev.baton.agent.operator.ClientSealChain;
import dev.baton.agent.runtime.Duty;
import dev.baton.agent.sequencer.ClientSequencerChain;
import dev.baton.agent.sequencer.SequencerAgentConfig;
import dev.baton.agent.sequencer.SequencerDuties;
import dev.baton.cli.AgentCommands;
import dev.baton.cli.AgentRunCommand;
import dev.baton.cli.ConfigException;
import dev.baton.cli.config.OperatorOptions;
import dev.baton.client.Baton;
import dev.baton.client.auction.BatchSource;
import dev.baton.signer.UnsignedTransaction;
import dev.baton.tx.CallRequest;
import dev.baton.tx.Transactor;
import dev.baton.types.Address;
import dev.baton.types.Amount;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code baton sequencer run --agent FILE}: runs the sequencer agent until SIGTERM/SIGINT. The
 * agent file is read and checked whole before anything connects, so a bad file sends nothing (exit
 * 2, the key and its line named).
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description =
                "Run the sequencer agent: bid each epoch by the policy, publish a batch in each own slot, settle, "
                        + "claim above the threshold, optionally seal when nobody else has; serves /metrics, /health and "
                        + "/status on 127.0.0.1 when metricsPort is set.")
final class SequencerRunCommand extends AgentRunCommand<SequencerAgentConfig> {
    @Option(
            names = "--agent",
            paramLabel = "FILE",
            required = true,
            description =
                    "The agent's file, YAML or JSON (keys: name, connection, auction, store, pollIntervalMillis, "
                            + "metricsPort, bid, batches, claimThreshold, sealIfNobodyElse, publishInOpenMode, logFormat).")
    Path configFile;

    /** Checked before connecting, like the rest of the agent file. */
    private BatchSource batches;

    SequencerRunCommand() {
        super(SequencerAgentConfig.class);
    }

    @Override
    protected Path agentFile() {
        return configFile;
    }

    @Override
    protected void beforeConnecting(SequencerAgentConfig config, Path dir) {
        batches = SequencerDuties.batchSource(config, dir);
    }

    @Override
    protected void run(SequencerAgentConfig config, Path dir, OperatorOptions.Session session) {
        Baton baton = session.baton();
        Address auction =
                config.auctionAddress()
                        .orElseGet(() -> AgentCommands.manifestAuction(session.deployment()));
        Address token = stakeToken(baton, config.bid().token());
        Transactor tx = baton.transactor();
        ClientSequencerChain chain =
                new ClientSequencerChain(
                        tx, baton.sequencer(auction), baton.stakeView(), baton.tokens(), token);
        ClientSealChain seal = new ClientSealChain(tx, baton.auctionOperator(auction));
        warmUp(session, chain);
        AgentCommands.runAgent(
                spec,
                config,
                dir,
                tx.node(),
                (store, metrics) -> {
                    List<Duty> duties =
                            new ArrayList<>(
                                    SequencerDuties.of(
                                            config, chain, seal, batches, store, metrics));
                    // The status page's slot map with this sequencer's next slots: read only
                    // when there is a page.
                    if (config.metricsPort() != null) {
                        Address self = config.bid().delegate().orElse(tx.sender());
                        duties.add(
                                new AuctionSlotsWatch(
                                        new ClientSlotsChain(baton.auctionView(auction)),
                                        Optional.of(self)));
                    }
                    return duties;
                },
                String.format(
                        "sequencer agent '%s': sender %s, auction %s, store %s",
                        config.name(), tx.sender(), auction, config.storePath(dir)));
    }

    /**
     * Runs the send path once without sending before the first head: a freshly started JVM
     * otherwise spends seconds on its first transaction (class loading, the first secp256k1
     * signature, fee and nonce reads), long enough for a slot's or a window's last block to pass
     * between the dry run and the send. The signed transaction is discarded.
     */
    private static void warmUp(OperatorOptions.Session session, ClientSequencerChain chain) {
        Transactor tx = session.baton().transactor();
        chain.timeline();
        chain.stake();
        chain.claimable();
        tx.node().feeHistory(4, 50);
        tx.node().transactionCount(tx.sender(), true);
        tx.node().estimateGas(new CallRequest(tx.sender(), tx.sender(), "0x", null));
        session.signer()
                .sign(
                        new UnsignedTransaction(
                                session.signer().chainId(),
                                0,
                                BigInteger.ONE,
                                BigInteger.ONE,
                                BigInteger.valueOf(21_000),
                                tx.sender(),
                                Amount.ZERO,
                                "0x"));
    }

    private static Address stakeToken(Baton baton, String symbol) {
        try {
            return baton.token(symbol);
        } catch (RuntimeException e) {
            throw new ConfigException("agent config 'bid.token': " + e.getMessage(), e);
        }
    }
}
