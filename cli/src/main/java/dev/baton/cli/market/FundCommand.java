package dev.baton.cli.market;

import dev.baton.cli.OutputOptions;
import dev.baton.cli.TokenDecimals;
import dev.baton.tx.TxReceipt;
import dev.baton.types.Amount;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baton market fund --amount N}: block and uncle rewards are paid from this pool at
 * finalisation.
 */
@Command(
        name = "fund",
        mixinStandardHelpOptions = true,
        description =
                "Add stake tokens to the market's reward pool (approves the market first when needed).")
final class FundCommand implements Runnable {
    @Mixin MarketTarget connection;
    @Mixin OutputOptions output;

    @Option(
            names = "--amount",
            required = true,
            description = "Tokens to add, in whole tokens (decimals allowed).")
    String amount;

    @Option(names = "--decimals", description = TokenDecimals.DESCRIPTION)
    Integer decimals;

    @Override
    public void run() {
        try (MarketTarget.Signed signed = connection.signed()) {
            int places = TokenDecimals.of(decimals, signed.baton(), signed.view().config().token());
            Amount funding = AmountOption.parse("--amount", amount, places);
            TxReceipt receipt = signed.operator().fundRewards(funding);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("funded", funding.value().toString());
            result.put("transaction", receipt.hash().toString());
            output.printer().result(result);
        }
    }
}
