package dev.baton.cli.auction;

import dev.baton.cli.OutputOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code baton auction status EPOCH}. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "An epoch's status, bids, second price, settlement accounting and timeline.")
final class StatusCommand implements Runnable {
    @Mixin AuctionTarget connection;
    @Mixin OutputOptions output;

    @Parameters(index = "0", description = "Epoch number.")
    long epoch;

    @Override
    public void run() {
        try (AuctionTarget.ReadOnly read = connection.readOnly()) {
            output.printer().result(EpochSummary.of(read.view().epochInfo(epoch)));
        }
    }
}
