package dev.baton.cli.stake;

import dev.baton.client.StakeClient;
import dev.baton.tx.TxReceipt;
import dev.baton.types.Amount;
import picocli.CommandLine.Command;

/** `baton stake deposit`. */
@Command(
        name = "deposit",
        mixinStandardHelpOptions = true,
        description = "Deposit free stake into the vault (approves the vault first when needed).")
public final class DepositCommand extends StakeWrite {
    @Override
    TxReceipt send(StakeClient stake, String token, Amount amount) {
        return stake.deposit(token, amount);
    }
}
