package dev.baton.cli.auction;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code baton auction}: the slot auction (Milkomeda sequencer election) for sequencers, delegators
 * and operators.
 */
@Command(
        name = "auction",
        mixinStandardHelpOptions = true,
        description =
                "Slot auction: bid, delegation, seal, schedule, publish, settle, claim, status, fund.",
        subcommands = {
            BidCommand.class,
            DelegationCommand.class,
            SealCommand.class,
            ScheduleCommand.class,
            PublishCommand.class,
            SettleCommand.class,
            ClaimCommand.class,
            StatusCommand.class,
            FundCommand.class
        })
public final class AuctionCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
