package dev.baton.cli.stake;

import dev.baton.cli.OutputOptions;
import dev.baton.cli.config.OperatorOptions;
import dev.baton.client.Baton;
import dev.baton.tx.TxReceipt;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** `baton stake request-withdrawal`. */
@Command(name = "request-withdrawal", mixinStandardHelpOptions = true, description = "Move free stake to pending withdrawal; the withdrawal delay restarts.")
public final class RequestWithdrawalCommand implements Runnable {
    @Mixin OperatorOptions operator;
    @Mixin OutputOptions output;
    @ArgGroup(exclusive = false, multiplicity = "1") TokenAmount tokenAmount;

    @Override
    public void run() {
        Baton baton = operator.connect();
        TxReceipt receipt = baton.stake().requestWithdrawal(tokenAmount.token, tokenAmount.parsed());
        output.printer().result(Map.of("transaction", receipt.hash().toString(),
                "block", receipt.blockNumber(),
                "balances", baton.stake().balances(baton.account(), tokenAmount.token)));
    }
}
