package dev.baton.cli.market;

import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.client.market.MarketOperatorClient;
import dev.baton.market.Transcript;
import dev.baton.tx.TxReceipt;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** One market call at an assignment of a published transcript (anyone may send it). */
abstract class PositionCommand implements Runnable {
    @Mixin MarketTarget connection;
    @Mixin OutputOptions output;

    @Option(
            names = "--transcript",
            required = true,
            description = "The transcript (published by its proposer).")
    Path transcriptFile;

    @Option(
            names = "--position",
            required = true,
            description = "Index of the assignment in the transcript.")
    int position;

    /** Sends this command's call for assignment {@code position} of {@code transcript}. */
    abstract TxReceipt send(MarketOperatorClient operator, Transcript transcript, int position);

    @Override
    public void run() {
        Transcript transcript = MarketFiles.readTranscript(transcriptFile);
        if (position < 0 || position >= transcript.assignments().size()) {
            throw new ConfigException(
                    "--position: " + position + " is not an assignment of the transcript");
        }
        try (MarketTarget.Signed signed = connection.signed()) {
            TxReceipt receipt = send(signed.operator(), transcript, position);
            output.printer()
                    .result(
                            Map.of(
                                    "height",
                                    transcript.height(),
                                    "position",
                                    position,
                                    "prover",
                                    transcript.assignments().get(position).prover().toString(),
                                    "transaction",
                                    receipt.hash().toString()));
        }
    }
}
