package dev.baton.cli.market;

import dev.baton.cli.OutputOptions;
import dev.baton.tx.TxReceipt;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code baton market reveal}. */
@Command(
        name = "reveal",
        mixinStandardHelpOptions = true,
        description =
                "Reveal a committed block's transaction order once the proposal window has closed.")
final class RevealCommand implements Runnable {
    @Mixin MarketTarget connection;
    @Mixin OutputOptions output;

    @Option(
            names = "--proposal",
            required = true,
            description = "Proposal file written by `baton market commit`.")
    Path proposalFile;

    @Override
    public void run() {
        var proposal = MarketFiles.readProposal(proposalFile);
        try (MarketTarget.Signed signed = connection.signed()) {
            TxReceipt receipt =
                    signed.proposer()
                            .reveal(
                                    proposal.transcript().height(),
                                    MarketFiles.checked(
                                            proposalFile, () -> MarketFiles.reveal(proposal)));
            output.printer()
                    .result(
                            Map.of(
                                    "height",
                                    proposal.transcript().height(),
                                    "txOrderRoot",
                                    proposal.txOrderRoot(),
                                    "transaction",
                                    receipt.hash().toString()));
        }
    }
}
