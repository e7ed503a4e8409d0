package dev.baton.cli.auction;

import dev.baton.cli.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code baton auction status EPOCH}. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        description =
                "An epoch's status, bids, second price, settlement accounting, timeline, and the bids displaced "
                        + "by larger ones (cap by stake): by whom, which total, at which block.")
final class StatusCommand implements Runnable {
    @Mixin AuctionTarget connection;
    @Mixin OutputOptions output;

    @Parameters(index = "0", description = "Epoch number.")
    long epoch;

    @Override
    public void run() {
        try (AuctionTarget.ReadOnly read = connection.readOnly()) {
            EpochSummary summary =
                    EpochSummary.of(
                            read.view().epochInfo(epoch),
                            read.view().heldEntries(epoch),
                            read.view().displacements(read.node(), epoch));
            output.printer().result(summary.text(), summary);
        }
    }
}
