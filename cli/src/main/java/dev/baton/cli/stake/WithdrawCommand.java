package dev.baton.cli.stake;

import dev.baton.cli.OutputOptions;
import dev.baton.cli.config.OperatorOptions;
import dev.baton.client.Baton;
import dev.baton.types.Amount;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** `baton stake withdraw`: pays the whole pending withdrawal once the delay has passed. */
@Command(
        name = "withdraw",
        mixinStandardHelpOptions = true,
        description = "Withdraw the whole pending amount once the withdrawal delay has passed.")
public final class WithdrawCommand implements Runnable {
    @Mixin OperatorOptions operator;
    @Mixin OutputOptions output;

    @Option(
            names = "--token",
            required = true,
            description = "Stake token symbol from the manifest, e.g. BTN.")
    String token;

    @Override
    public void run() {
        Baton baton = operator.connect();
        Amount paid = baton.stake().withdraw(token);
        output.printer()
                .result(
                        Map.of(
                                "withdrawn",
                                paid.toString(),
                                "balances",
                                baton.stake().balances(baton.account(), token)));
    }
}
