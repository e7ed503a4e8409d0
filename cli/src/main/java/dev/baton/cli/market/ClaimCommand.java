package dev.baton.cli.market;

import dev.baton.cli.OutputOptions;
import dev.baton.types.Amount;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code baton market claim}. */
@Command(
        name = "claim",
        mixinStandardHelpOptions = true,
        description = "Claim your credited market rewards (as proposer or prover).")
final class ClaimCommand implements Runnable {
    @Mixin MarketTarget connection;
    @Mixin OutputOptions output;

    @Override
    public void run() {
        try (MarketTarget.Signed signed = connection.signed()) {
            Amount paid = signed.operator().claim();
            output.printer().result(Map.of("claimed", paid.value().toString()));
        }
    }
}
