package dev.baton.cli.market;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.cli.TokenDecimals;
import dev.baton.client.market.Proposal;
import dev.baton.client.market.ProposerClient;
import dev.baton.market.BlockReveal;
import dev.baton.market.Bytes32;
import dev.baton.market.Score;
import dev.baton.market.Transcript;
import dev.baton.tx.TxReceipt;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baton market commit}: build a transcript from gathered votes and commit it with a burn
 * bid.
 */
@Command(
        name = "commit",
        mixinStandardHelpOptions = true,
        description =
                "Build a transcript from vote files and commit it (the burn bid is escrowed in the vault).")
final class CommitCommand implements Runnable {
    @Mixin MarketTarget connection;
    @Mixin OutputOptions output;

    @Option(names = "--height", required = true, description = "Block height to propose.")
    long height;

    @Option(
            names = "--tx-order-root",
            required = true,
            description = "Root of the block's transaction order.")
    String txOrderRoot;

    @Option(
            names = "--secret",
            description = "Secret blinding the commitment (default: fresh random).")
    String secret;

    @Option(
            names = "--depth",
            required = true,
            description = "Depth at which the transcript splits the proof tree.")
    int depth;

    @Option(
            names = "--votes",
            required = true,
            arity = "1..*",
            description = "Vote files (from `baton prover vote`).")
    List<Path> votes;

    @Option(names = "--burn", required = true, description = "Burn bid in tokens.")
    String burn;

    @Option(names = "--decimals", description = TokenDecimals.DESCRIPTION)
    Integer decimals;

    @Option(
            names = "--prover-bps",
            required = true,
            description = "Provers' share of the block reward, basis points.")
    int proverBps;

    @Option(names = "--parent-hash", description = "Parent block hash (pipelined markets only).")
    String parentHash;

    @Option(
            names = "--out",
            required = true,
            description = "Where to keep the proposal (with the secret) for reveal and prove.")
    Path out;

    @Option(
            names = "--transcript-out",
            description = "Where to publish the transcript (no secret) for provers.")
    Path transcriptOut;

    @Override
    public void run() {
        BlockReveal reveal =
                new BlockReveal(
                        Bytes32.parse("--tx-order-root", txOrderRoot),
                        secret != null ? Bytes32.parse("--secret", secret) : Bytes32.random());
        try (MarketTarget.Signed signed = connection.signed()) {
            ProposerClient proposer = signed.proposer();
            int places = TokenDecimals.of(decimals, signed.baton(), signed.view().config().token());
            Proposal proposal =
                    new Proposal(
                            AmountOption.parse("--burn", burn, places),
                            proverBps,
                            parentHash != null
                                    ? Bytes32.parse("--parent-hash", parentHash)
                                    : Bytes32.ZERO);
            Transcript transcript =
                    proposer.transcriptBuilder(height, reveal, proverBps, depth)
                            .offerAll(MarketFiles.readVotes(votes))
                            .build()
                            .orElseThrow(
                                    () ->
                                            new ConfigException(
                                                    "--votes: the valid votes for this block cannot cover the tree at depth "
                                                            + depth));
            MarketFiles.write(
                    out,
                    new MarketFiles.ProposalJson(
                            MarketFiles.toJson(transcript),
                            reveal.txOrderRoot().hex(),
                            reveal.secret().hex()));
            if (transcriptOut != null) {
                MarketFiles.write(transcriptOut, MarketFiles.toJson(transcript));
            }
            TxReceipt receipt = proposer.commit(transcript, proposal);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("height", height);
            result.put("blockCommitment", transcript.blockCommitment().hex());
            result.put("assignments", transcript.assignments().size());
            result.put("provers", transcript.distinctProvers());
            result.put(
                    "score",
                    Score.of(transcript.distinctProvers(), proposal.burnBid().value()).toString());
            result.put("transaction", receipt.hash().toString());
            output.printer().result(result);
        }
    }
}
