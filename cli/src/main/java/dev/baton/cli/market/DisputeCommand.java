package dev.baton.cli.market;

import dev.baton.agent.prover.AttestationJson;
import dev.baton.cli.ConfigException;
import dev.baton.cli.OutputOptions;
import dev.baton.market.SignedAttestation;
import dev.baton.market.Transcript;
import dev.baton.tx.TxReceipt;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baton market dispute}: a prover left out of the proof shows its part to reverse the slash.
 */
@Command(
        name = "dispute",
        mixinStandardHelpOptions = true,
        description =
                "Within the dispute window, show your part and its attestation for a withheld assignment of the winner.")
final class DisputeCommand implements Runnable {
    @Mixin MarketTarget connection;
    @Mixin OutputOptions output;

    @Option(
            names = "--transcript",
            required = true,
            description = "The winning transcript (published by its proposer).")
    Path transcriptFile;

    @Option(
            names = "--position",
            required = true,
            description = "Index of your assignment in the transcript.")
    int position;

    @Option(
            names = "--attestations",
            required = true,
            arity = "1..*",
            description = "Your attestation files.")
    List<Path> attestations;

    @Override
    public void run() {
        Transcript transcript = MarketFiles.readTranscript(transcriptFile);
        if (position < 0 || position >= transcript.assignments().size()) {
            throw new ConfigException(
                    "--position: " + position + " is not an assignment of the transcript");
        }
        var assignment = transcript.assignments().get(position);
        AttestationJson json =
                MarketFiles.readAttestationFiles(attestations).stream()
                        .filter(
                                j -> {
                                    SignedAttestation a = MarketFiles.fromJson(j);
                                    return a.prover().equals(assignment.prover())
                                            && a.position().equals(assignment.position());
                                })
                        .findFirst()
                        .orElseThrow(
                                () ->
                                        new ConfigException(
                                                "--attestations: none by "
                                                        + assignment.prover()
                                                        + " for node "
                                                        + assignment.position()));
        if (json.part() == null) {
            throw new ConfigException(
                    "--attestations: the attestation for node "
                            + assignment.position()
                            + " carries no part bytes (written by an older `prover attest`?); a dispute shows the part");
        }
        byte[] part = MarketFiles.hexBytes("--attestations part", json.part());
        try (MarketTarget.Signed signed = connection.signed()) {
            TxReceipt receipt =
                    signed.prover().dispute(transcript, position, MarketFiles.fromJson(json), part);
            output.printer()
                    .result(
                            Map.of(
                                    "height",
                                    transcript.height(),
                                    "position",
                                    position,
                                    "transaction",
                                    receipt.hash().toString()));
        }
    }
}
