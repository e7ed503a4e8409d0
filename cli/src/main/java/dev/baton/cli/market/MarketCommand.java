package dev.baton.cli.market;

import picocli.CommandLine.Command;

/** {@code baton market}: the block market's proposer and operator commands. */
@Command(
        name = "market",
        mixinStandardHelpOptions = true,
        description =
                "Block market (PBS with a federated prover network): commitment, commit, reveal, prove, finalise, rank, claim, dispute, fund, slash, claim-reward, challenge.",
        subcommands = {
            CommitmentCommand.class,
            CommitCommand.class,
            RevealCommand.class,
            ProveCommand.class,
            FinaliseCommand.class,
            RankingCommand.class,
            ClaimCommand.class,
            DisputeCommand.class,
            FundCommand.class,
            SlashCommand.class,
            ClaimRewardCommand.class,
            ChallengeCommand.class
        })
public final class MarketCommand {}
