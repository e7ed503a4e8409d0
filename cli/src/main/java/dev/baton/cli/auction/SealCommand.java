package dev.baton.cli.auction;

import dev.baton.cli.OutputOptions;
import dev.baton.client.auction.EpochInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code baton auction seal EPOCH}. */
@Command(
        name = "seal",
        mixinStandardHelpOptions = true,
        description =
                "Seal an epoch in its seal window: draw the seed (or switch the epoch to open mode).")
final class SealCommand implements Runnable {
    @Mixin AuctionTarget connection;
    @Mixin OutputOptions output;

    @Parameters(index = "0", description = "Epoch number.")
    long epoch;

    @Override
    public void run() {
        try (AuctionTarget.Signed signed = connection.signed()) {
            EpochInfo info = signed.operator().seal(epoch);
            output.printer()
                    .result(EpochSummary.of(info, signed.operator().view().heldEntries(epoch)));
        }
    }
}
