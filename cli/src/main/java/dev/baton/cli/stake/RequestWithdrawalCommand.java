package dev.baton.cli.stake;

import dev.baton.client.StakeClient;
import dev.baton.tx.TxReceipt;
import dev.baton.types.Amount;
import picocli.CommandLine.Command;

/** `baton stake request-withdrawal`. */
@Command(
        name = "request-withdrawal",
        mixinStandardHelpOptions = true,
        description = "Move free stake to pending withdrawal; the withdrawal delay restarts.")
public final class RequestWithdrawalCommand extends StakeWrite {
    @Override
    TxReceipt send(StakeClient stake, String token, Amount amount) {
        return stake.requestWithdrawal(token, amount);
    }
}
