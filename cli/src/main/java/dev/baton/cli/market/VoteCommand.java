package dev.baton.cli.market;

import dev.baton.market.Bytes32;
import dev.baton.market.SignedVote;
import java.nio.file.Path;
import java.util.List;
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
    @Mixin ProverSigning signing;

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

    @Option(names = "--out", required = true, description = "Vote file to write.")
    Path out;

    @Override
    public void run() {
        Bytes32 blockCommitment = Bytes32.parse("--commitment", commitment);
        var nodes = signing.nodes();
        try (MarketTarget.Signed signed = signing.connection.signed()) {
            List<SignedVote> votes =
                    signed.prover()
                            .vote(
                                    signing.height,
                                    MarketFiles.address("--proposer", proposer),
                                    blockCommitment,
                                    proverBps,
                                    nodes);
            signing.write(signed, "votes", votes.stream().map(MarketFiles::toJson).toList(), out);
        }
    }
}
