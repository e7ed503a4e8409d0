package dev.baton.cli.market;

import dev.baton.cli.OutputOptions;
import dev.baton.client.market.ProposerClient;
import dev.baton.market.Bytes32;
import dev.baton.market.SignedAttestation;
import dev.baton.market.Transcript;
import dev.baton.tx.TxReceipt;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baton market prove}: assemble the block proof from provers' attestations and submit it.
 */
@Command(
        name = "prove",
        mixinStandardHelpOptions = true,
        description =
                "Submit the block proof: the provers' attestations, with the proposer's own parts where one is missing.")
final class ProveCommand implements Runnable {
    @Mixin MarketTarget connection;
    @Mixin OutputOptions output;

    @Option(
            names = "--proposal",
            required = true,
            description = "Proposal file written by `baton market commit`.")
    Path proposalFile;

    @Option(
            names = "--attestations",
            arity = "0..*",
            description = "Attestation files (from `baton prover attest`).")
    List<Path> attestations = new ArrayList<>();

    @Override
    public void run() {
        MarketFiles.ProposalJson proposal = MarketFiles.readProposal(proposalFile);
        Transcript transcript =
                MarketFiles.checked(
                        proposalFile, () -> MarketFiles.fromJson(proposal.transcript()));
        Bytes32 root = MarketFiles.checked(proposalFile, () -> Bytes32.of(proposal.txOrderRoot()));
        try (MarketTarget.Signed signed = connection.signed()) {
            ProposerClient proposer = signed.proposer();
            List<SignedAttestation> proof =
                    proposer.assembleProof(
                            transcript,
                            root,
                            MarketFiles.readAttestations(attestations),
                            position -> Bytes32.random());
            List<Integer> filled = new ArrayList<>();
            for (int i = 0; i < proof.size(); i++) {
                if (!proof.get(i).prover().equals(transcript.assignments().get(i).prover())) {
                    filled.add(i);
                }
            }
            TxReceipt receipt = proposer.submitProof(transcript, proof);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("height", transcript.height());
            result.put("blockCommitment", transcript.blockCommitment().hex());
            result.put("positionsFilledByProposer", filled);
            result.put("transaction", receipt.hash().toString());
            output.printer().result(result);
        }
    }
}
