package dev.baton.cli.market;

import picocli.CommandLine.Command;

/** {@code baton market}: the block market's proposer and operator commands. */
@Command(name = "market", mixinStandardHelpOptions = true,
        description = "Block market (PBS with a federated prover network): commit, reveal, prove, finalise, rank, claim.",
        subcommands = {CommitCommand.class, RevealCommand.class, ProveCommand.class, FinaliseCommand.class,
                RankingCommand.class, ClaimCommand.class, DisputeCommand.class})
public final class MarketCommand {}
