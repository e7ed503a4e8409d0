package dev.baton.cli.auction;

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
 * {@code baton auction fund --amount N}: settlement pays r per published slot out of this pool,
 * never beyond it.
 */
@Command(
        name = "fund",
        mixinStandardHelpOptions = true,
        description =
                "Add reward tokens to the auction's reward pool (approves the auction first when needed).")
final class FundCommand implements Runnable {
    @Mixin AuctionTarget connection;
    @Mixin OutputOptions output;

    @Option(
            names = "--amount",
            required = true,
            description = "Reward tokens to add, in whole tokens (decimals allowed).")
    String amount;

    @Option(
            names = "--decimals",
            description =
                    "Reward token decimals (default: the reward token's decimals() on chain).")
    Integer decimals;

    @Override
    public void run() {
        try (AuctionTarget.Signed signed = connection.signed()) {
            int places =
                    TokenDecimals.of(
                            decimals, signed.baton(), signed.operator().view().rewardToken());
            Amount funding = Amount.parse("--amount", amount, places);
            TxReceipt receipt = signed.operator().fundRewards(funding);
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("funded", funding.value().toString());
            result.put(
                    "unallocated", signed.operator().rewardPool().unallocated().value().toString());
            result.put("transaction", receipt.hash().toString());
            output.printer().result(result);
        }
    }
}
