package dev.baton.cli.devnet;

import picocli.CommandLine.Command;

/** `baton devnet up|down|mine`: a local Hardhat node for development and other projects' CI. */
@Command(
        name = "devnet",
        mixinStandardHelpOptions = true,
        description =
                "Start, stop or advance a local devnet (Hardhat node on 127.0.0.1, chain 31337).",
        subcommands = {DevnetUpCommand.class, DevnetDownCommand.class, DevnetMineCommand.class})
public final class DevnetCommand {}
