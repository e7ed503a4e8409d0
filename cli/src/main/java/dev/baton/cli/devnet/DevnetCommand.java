package dev.baton.cli.devnet;

import picocli.CommandLine.Command;

/** `baton devnet up|down`: a local Hardhat node for development and other projects' CI. */
@Command(
        name = "devnet",
        mixinStandardHelpOptions = true,
        description = "Start or stop a local devnet (Hardhat node on 127.0.0.1, chain 31337).",
        subcommands = {DevnetUpCommand.class, DevnetDownCommand.class})
public final class DevnetCommand {}
