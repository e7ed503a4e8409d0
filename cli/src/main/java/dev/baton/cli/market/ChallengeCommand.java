package dev.baton.cli.market;

import dev.baton.client.market.MarketOperatorClient;
import dev.baton.market.Transcript;
import dev.baton.tx.TxReceipt;
import picocli.CommandLine.Command;

/** {@code baton market challenge}: prove a bad vote of a live transcript and take the bounty. */
@Command(
        name = "challenge",
        mixinStandardHelpOptions = true,
        description =
                "Prove that a vote of a live transcript is bad (signature not for this proposer, share and "
                        + "position; evicted or unbonded prover): the transcript can never win, the caller gets the bounty.")
final class ChallengeCommand extends PositionCommand {
    @Override
    TxReceipt send(MarketOperatorClient operator, Transcript transcript, int position) {
        return operator.challengeVote(transcript, position);
    }
}
