package dev.baton.cli.market;

import picocli.CommandLine.Command;

/** {@code baton prover}: a prover's stake, votes and attestations. */
@Command(
        name = "prover",
        mixinStandardHelpOptions = true,
        description =
                "Block-market prover: stake and bond, sign votes, sign leaf attestations, run the prover agent.",
        subcommands = {
            StakeCommand.class,
            VoteCommand.class,
            AttestCommand.class,
            dev.baton.cli.prover.ProverRunCommand.class
        })
public final class ProverCommand {}
