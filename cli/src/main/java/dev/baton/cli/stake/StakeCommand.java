package dev.baton.cli.stake;

import picocli.CommandLine.Command;

/** `baton stake deposit|request-withdrawal|withdraw|show`: stake in the vault, for every role. */
@Command(
        name = "stake",
        mixinStandardHelpOptions = true,
        description =
                "Stake in the vault: deposit, request a withdrawal, withdraw after the delay, show balances.",
        subcommands = {
            DepositCommand.class,
            RequestWithdrawalCommand.class,
            WithdrawCommand.class,
            ShowCommand.class
        })
public final class StakeCommand {}
