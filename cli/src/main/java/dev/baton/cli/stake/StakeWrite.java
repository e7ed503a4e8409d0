package dev.baton.cli.stake;

import dev.baton.cli.OutputOptions;
import dev.baton.cli.config.OperatorOptions;
import dev.baton.client.Baton;
import dev.baton.client.StakeClient;
import dev.baton.tx.TxReceipt;
import dev.baton.types.Amount;
import java.util.Map;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Mixin;

/**
 * A stake command that sends one token-amount transaction and prints its receipt with the new
 * balances.
 */
abstract class StakeWrite implements Runnable {
    @Mixin OperatorOptions operator;
    @Mixin OutputOptions output;

    @ArgGroup(exclusive = false, multiplicity = "1")
    TokenAmount tokenAmount;

    /** The one write this command makes. */
    abstract TxReceipt send(StakeClient stake, String token, Amount amount);

    @Override
    public final void run() {
        Baton baton = operator.connect();
        TxReceipt receipt =
                send(
                        baton.stake(),
                        tokenAmount.token,
                        tokenAmount.parsed(baton, baton.token(tokenAmount.token)));
        output.printer()
                .result(
                        Map.of(
                                "transaction",
                                receipt.hash().toString(),
                                "block",
                                receipt.blockNumber(),
                                "balances",
                                baton.stake().balances(baton.account(), tokenAmount.token)));
    }
}
