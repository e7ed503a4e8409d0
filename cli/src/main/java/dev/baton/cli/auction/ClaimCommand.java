package dev.baton.cli.auction;

import dev.baton.cli.OutputOptions;
import dev.baton.types.Amount;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code baton auction claim}. */
@Command(
        name = "claim",
        mixinStandardHelpOptions = true,
        description = "Claim your credited auction rewards.")
final class ClaimCommand implements Runnable {
    @Mixin AuctionTarget connection;
    @Mixin OutputOptions output;

    @Override
    public void run() {
        try (AuctionTarget.Signed signed = connection.signed()) {
            Amount paid = signed.sequencer().claim();
            output.printer().result(Map.of("claimed", paid.value().toString()));
        }
    }
}
