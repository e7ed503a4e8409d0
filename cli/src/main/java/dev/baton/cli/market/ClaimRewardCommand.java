package dev.baton.cli.market;

import dev.baton.client.market.MarketOperatorClient;
import dev.baton.market.Transcript;
import dev.baton.tx.TxReceipt;
import picocli.CommandLine.Command;

/**
 * {@code baton market claim-reward}: credit a contributing prover its share of a winner's or
 * uncle's pot.
 */
@Command(
        name = "claim-reward",
        mixinStandardHelpOptions = true,
        description =
                "Credit the prover of a contributed assignment of a winning or uncle transcript its share "
                        + "(the credit goes to the prover; collect it with 'market claim').")
final class ClaimRewardCommand extends PositionCommand {
    @Override
    TxReceipt send(MarketOperatorClient operator, Transcript transcript, int position) {
        return operator.claimProverReward(transcript, position);
    }
}
