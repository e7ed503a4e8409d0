package dev.baton.cli.market;

import dev.baton.cli.OutputOptions;
import dev.baton.market.BlockReveal;
import dev.baton.market.Bytes32;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baton market commitment}: the block commitment provers vote for, computed offline before
 * the proposer commits. Proposer and provers must agree on it first, and {@code baton market
 * commit} must then be given the same root and secret.
 */
@Command(
        name = "commitment",
        mixinStandardHelpOptions = true,
        description =
                "Print the block commitment keccak256(txOrderRoot ‖ secret) for provers to vote on (offline).")
final class CommitmentCommand implements Runnable {
    @Mixin OutputOptions output;

    @Option(
            names = "--tx-order-root",
            required = true,
            description = "Root of the block's transaction order.")
    String txOrderRoot;

    @Option(
            names = "--secret",
            required = true,
            description = "The secret blinding the commitment (keep it until reveal).")
    String secret;

    @Override
    public void run() {
        BlockReveal reveal =
                new BlockReveal(
                        Bytes32.parse("--tx-order-root", txOrderRoot),
                        Bytes32.parse("--secret", secret));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("txOrderRoot", reveal.txOrderRoot().hex());
        result.put("blockCommitment", reveal.commitment().hex());
        output.printer().result(result);
    }
}
