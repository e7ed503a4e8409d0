package dev.baton.cli.market;

import dev.baton.client.market.MarketOperatorClient;
import dev.baton.market.Transcript;
import dev.baton.tx.TxReceipt;
import picocli.CommandLine.Command;

/**
 * {@code baton market slash}: slash a voter of the winner that withheld its part, after the dispute
 * window.
 */
@Command(
        name = "slash",
        mixinStandardHelpOptions = true,
        description =
                "After the dispute window, slash the prover of a withheld assignment of the winning transcript "
                        + "(its vote and bond at commit time are re-checked; at most once per prover and transcript).")
final class SlashCommand extends PositionCommand {
    @Override
    TxReceipt send(MarketOperatorClient operator, Transcript transcript, int position) {
        return operator.slashWithheld(transcript, position);
    }
}
