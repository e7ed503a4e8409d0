package dev.baton.cli.market;

import dev.baton.cli.OutputOptions;
import dev.baton.cli.TokenDecimals;
import dev.baton.client.market.ProverClient;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code baton prover stake}: deposit into the vault and bond the market's minimum prover stake.
 */
@Command(
        name = "stake",
        mixinStandardHelpOptions = true,
        description =
                "Deposit stake in the vault and bond the market's minimum prover stake until a block.")
final class StakeCommand implements Runnable {
    @Mixin MarketTarget connection;
    @Mixin OutputOptions output;

    @Option(
            names = "--amount",
            description = "Tokens to deposit first (default: none, bond free stake).")
    String amount;

    @Option(names = "--decimals", description = TokenDecimals.DESCRIPTION)
    Integer decimals;

    @Option(
            names = "--until-block",
            description = "Bond expiry block (default: now + 2 × the market's bond horizon).")
    Long untilBlock;

    @Override
    public void run() {
        try (MarketTarget.Signed signed = connection.signed()) {
            ProverClient prover = signed.prover();
            if (amount != null) {
                int places =
                        TokenDecimals.of(decimals, signed.baton(), prover.view().config().token());
                prover.deposit(AmountOption.parse("--amount", amount, places));
            }
            long until =
                    untilBlock != null
                            ? untilBlock
                            : signed.baton().transactor().node().blockNumber()
                                    + 2 * prover.view().params().bondHorizonBlocks();
            var receipt = prover.bond(until);
            var bond = prover.view().prover(signed.baton().account());
            Map<String, Object> result = new LinkedHashMap<>();
            result.put("prover", signed.baton().account().toString());
            result.put("bond", bond.bond().value().toString());
            result.put("bondUntil", bond.bondUntil());
            result.put("transaction", receipt.hash().toString());
            output.printer().result(result);
        }
    }
}
