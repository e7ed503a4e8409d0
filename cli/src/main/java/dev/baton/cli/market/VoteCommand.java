package dev.baton.cli.market;

import dev.baton.cli.OutputOptions;
import dev.baton.market.Bytes32;
import dev.baton.market.SignedVote;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code baton prover vote}: sign votes for parts of a proposed block (no transaction). */
@Command(
        name = "vote",
        mixinStandardHelpOptions = true,
        description =
                "Sign EIP-712 votes for tree positions of a proposed block and write them for the proposer.")
final class VoteCommand implements Runnable {
    @Mixin MarketTarget connection;
    @Mixin OutputOptions output;

    @Option(names = "--height", required = true, description = "Block height.")
    long height;

    @Option(
            names = "--commitment",
            required = true,
            description = "The proposal's block commitment.")
    String commitment;

    @Option(
            names = "--proposer",
            required = true,
            description =
                    "Address of the proposer whose block this is (a vote is valid for that proposer only).")
    String proposer;

    @Option(
            names = "--prover-bps",
            required = true,
            description =
                    "Provers' share of the block reward the proposer advertised, in basis points (0..10000).")
    int proverBps;

    @Option(
            names = "--position",
            required = true,
            arity = "1..*",
            description = "Tree nodes as depth:index.")
    List<String> positions;

    @Option(names = "--out", required = true, description = "Vote file to write.")
    Path out;

    @Override
    public void run() {
        Bytes32 blockCommitment = Bytes32.parse("--commitment", commitment);
        var nodes = positions.stream().map(MarketFiles::position).toList();
        try (MarketTarget.Signed signed = connection.signed()) {
            List<SignedVote> votes =
                    signed.prover()
                            .vote(
                                    height,
                                    MarketFiles.address("--proposer", proposer),
                                    blockCommitment,
                                    proverBps,
                                    nodes);
            MarketFiles.write(out, votes.stream().map(MarketFiles::toJson).toList());
            output.printer()
                    .result(
                            Map.of(
                                    "prover",
                                    signed.baton().account().toString(),
                                    "votes",
                                    votes.size(),
                                    "file",
                                    out.toString()));
        }
    }
}
