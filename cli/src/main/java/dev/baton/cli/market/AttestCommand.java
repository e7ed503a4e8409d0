package dev.baton.cli.market;

import dev.baton.agent.prover.AttestationJson;
import dev.baton.market.Bytes32;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baton prover attest}: sign leaf attestations for parts produced (devnet
 * AttestationVerifier).
 */
@Command(
        name = "attest",
        mixinStandardHelpOptions = true,
        description =
                "Sign leaf attestations for the parts you produced of a revealed block and write them.")
final class AttestCommand implements Runnable {
    @Mixin ProverSigning signing;

    @Option(
            names = "--tx-order-root",
            required = true,
            description = "The revealed transaction order root.")
    String txOrderRoot;

    @Option(
            names = "--part",
            description =
                    "The produced part's bytes as hex; its hash is attested and the bytes are "
                            + "kept in the file for a dispute (default: 32 fresh random bytes, devnet only).")
    String part;

    @Option(names = "--out", required = true, description = "Attestation file to write.")
    Path out;

    @Override
    public void run() {
        Bytes32 root = Bytes32.parse("--tx-order-root", txOrderRoot);
        var nodes = signing.nodes();
        try (MarketTarget.Signed signed = signing.connection.signed()) {
            var prover = signed.prover();
            List<AttestationJson> atts =
                    nodes.stream()
                            .map(
                                    n -> {
                                        byte[] bytes =
                                                part != null
                                                        ? MarketFiles.hexBytes("--part", part)
                                                        : Bytes32.random().bytes();
                                        return MarketFiles.toJson(
                                                prover.attest(signing.height, root, n, bytes),
                                                bytes);
                                    })
                            .toList();
            signing.write(signed, "attestations", atts, out);
        }
    }
}
