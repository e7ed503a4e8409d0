package dev.baton.cli.market;

import dev.baton.cli.OutputOptions;
import dev.baton.tx.TxReceipt;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code baton market finalise}. */
@Command(
        name = "finalise",
        mixinStandardHelpOptions = true,
        description =
                "Finalise a height after its proof window: the best proven transcript wins, uncles are paid.")
final class FinaliseCommand implements Runnable {
    @Mixin MarketTarget connection;
    @Mixin OutputOptions output;

    @Option(names = "--height", required = true, description = "Height to finalise (the head + 1).")
    long height;

    @Override
    public void run() {
        try (MarketTarget.Signed signed = connection.signed()) {
            TxReceipt receipt = signed.operator().finalise(height);
            var view = signed.view();
            output.printer()
                    .result(
                            Map.of(
                                    "height",
                                    height,
                                    "head",
                                    view.headHeight(),
                                    "headHash",
                                    view.headHash().hex(),
                                    "transaction",
                                    receipt.hash().toString()));
        }
    }
}
